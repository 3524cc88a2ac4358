// @ts-nocheck
import '@/lib/axios-setup';

export default function RootLayout({ children }: { children: unknown }) {
  return children;
}
