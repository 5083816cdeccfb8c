/**
 * The same app as an AWS Lambda handler (a function URL or API Gateway, CloudFront in front):
 * bundle this file and deploy `handler`. Configuration comes from the function's environment.
 * The app is made once per instance, so its cache lives as long as the instance does.
 */
import { handle } from 'hono/aws-lambda';
import { createApp } from './app.ts';
import { readConfig } from './config.ts';

export const handler = handle(createApp(readConfig(process.env)));
