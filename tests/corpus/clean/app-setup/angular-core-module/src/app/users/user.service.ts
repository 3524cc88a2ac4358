/* @cors-settings {"credentialedApis": ["https://api.example.com"]} */
// @ts-nocheck
import { Injectable } from '@angular/core';
import { HttpClient } from '@angular/common/http';

@Injectable({ providedIn: 'root' })
export class UserService {
  constructor(private http: HttpClient) {}

  me() {
    return this.http.get('https://api.example.com/me');
  }
}
