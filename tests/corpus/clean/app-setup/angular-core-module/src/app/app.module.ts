// @ts-nocheck
import { NgModule } from '@angular/core';
import { CoreModule } from './core/core.module';

@NgModule({ imports: [CoreModule] })
export class AppModule {}
