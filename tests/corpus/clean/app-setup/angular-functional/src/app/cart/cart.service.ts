/* @cors-settings {"credentialedApis": ["https://api.example.com"]} */
// @ts-nocheck
import { Injectable, inject } from '@angular/core';
import { HttpClient } from '@angular/common/http';

@Injectable({ providedIn: 'root' })
export class CartService {
  private readonly http = inject(HttpClient);

  load() {
    return this.http.get('https://api.example.com/cart');
  }
}
