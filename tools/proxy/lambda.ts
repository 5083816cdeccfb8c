/**
 * The same app as an AWS Lambda handler (a function URL or API Gateway, CloudFront in front):
 * bundle this file and deploy `handler`. Configuration comes from the function's environment.
 * The app is made once per instance, so its cache lives as long as the instance does.
 */
import { getConnInfo, handle } from 'hono/aws-lambda';
import { createApp } from './app.ts';
import { readConfig } from './config.ts';

// Behind CloudFront the source address is the CDN's: set PROXY_TRUST_FORWARDED_FOR=true there.
const app = createApp(readConfig(process.env), { clientAddress: (c) => getConnInfo(c).remote.address });

export const handler = handle(app);
