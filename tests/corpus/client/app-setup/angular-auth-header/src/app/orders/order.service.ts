/* @cors-rules require-request-credentials */
/* @cors-settings {"credentialedApis": ["https://api.example.com"]} */
// @ts-nocheck
import { Injectable, inject } from '@angular/core';
import { HttpClient } from '@angular/common/http';

@Injectable({ providedIn: 'root' })
export class OrderService {
  private readonly http = inject(HttpClient);

  list() {
    return this.http.get('https://api.example.com/orders'); // @cors A missing-client-credentials fix
  }
}
