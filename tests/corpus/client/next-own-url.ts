/* @cors-rules require-request-credentials */
// @ts-nocheck
'use client';
// No settings. A Next.js app calling its own routes through its public URL is
// same-origin: the calls without credentials still send cookies. A separate
// API named NEXT_PUBLIC_API_URL is another origin.
const serverUrl = process.env.NEXT_PUBLIC_SERVER_URL;

export const me = () => fetch(`${serverUrl}/api/users/me`, { credentials: 'include' });
export const logout = () => fetch(`${serverUrl}/api/users/logout`, { method: 'POST' });
export const preview = () => fetch(`${process.env.NEXT_PUBLIC_SITE_URL}/next/preview`);

export const account = () => fetch(`${process.env.NEXT_PUBLIC_API_URL}/account`, { credentials: 'include' });
export const orders = () => fetch(`${process.env.NEXT_PUBLIC_API_URL}/orders`); // @cors B missing-client-credentials nofix
