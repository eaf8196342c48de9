import { fileURLToPath } from 'node:url';
import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3n from 'aws-cdk-lib/aws-s3-notifications';
import * as ses from 'aws-cdk-lib/aws-ses';
import * as sesActions from 'aws-cdk-lib/aws-ses-actions';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import {
  bundlingOptions,
  deadLetterQueue,
  LAMBDA_RUNTIME,
  lambdaLogGroup,
  lambdaRole,
} from './lambda-defaults.js';

export const INBOUND_PREFIX = 'inbound/';

export const FORWARDER_ENTRY = fileURLToPath(new URL('../../src/ingress/ses-forwarder.ts', import.meta.url));

export interface MailIngressProps {
  /** The domain whose MX points at SES inbound, e.g. `leads.example.com`. */
  readonly domain: string;
  /** Addresses (or the whole domain) the receipt rule accepts. @default [domain] */
  readonly recipients?: readonly string[];
  /** The stream raw emails go to, and the policy that lets a sender put them (and claim-checks). */
  readonly streamName: string;
  readonly producerPolicy: iam.IManagedPolicy;
  readonly claimCheckBucketName: string;
  readonly accessLogsBucket: s3.IBucket;
  /**
   * How long stored emails are kept: the replay window (stream retention plus the on-failure queue's
   * 14 days), so a replayed batch's email can still be fetched and re-sent.
   */
  readonly retention: Duration;
}

/**
 * SES inbound for a domain: SES (spam and virus scan on, TLS required) stores each received email in a
 * KMS-encrypted, TLS-only bucket; the object's creation invokes a small forwarder Lambda
 * (src/ingress/ses-forwarder.ts) that puts it on the Kinesis stream, by claim-check when over 1 MiB.
 * SES's verdict and SPF/DKIM/DMARC header fields are part of the stored object and travel with it.
 *
 * The rule set is created here but SES allows one active rule set per account and region: activating it
 * is a deploy step (README, "Receiving mail with SES").
 */
export class MailIngress extends Construct {
  public readonly key: kms.Key;
  public readonly bucket: s3.Bucket;
  public readonly ruleSet: ses.ReceiptRuleSet;
  public readonly rule: ses.ReceiptRule;
  public readonly forwarder: nodejs.NodejsFunction;
  public readonly deadLetterQueue: sqs.Queue;

  constructor(scope: Construct, id: string, props: MailIngressProps) {
    super(scope, id);
    const stack = Stack.of(this);

    this.key = new kms.Key(this, 'Key', {
      description: 'leadstream mail ingress: received emails and the forwarder dead-letter queue',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // SES writes the objects, so it encrypts them with the bucket's key; only for this account's rules.
    this.key.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'SesEncryptsReceivedMail',
        principals: [new iam.ServicePrincipal('ses.amazonaws.com')],
        actions: ['kms:GenerateDataKey*', 'kms:Encrypt'],
        resources: ['*'], // in a key policy "*" means this key
        conditions: { StringEquals: { 'aws:SourceAccount': stack.account } },
      }),
    );

    this.bucket = new s3.Bucket(this, 'MailBucket', {
      encryption: s3.BucketEncryption.KMS,
      encryptionKey: this.key,
      bucketKeyEnabled: true,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: props.accessLogsBucket,
      serverAccessLogsPrefix: 'mail/',
      lifecycleRules: [
        { id: 'expire-received-mail', expiration: props.retention },
        { id: 'abort-incomplete-uploads', abortIncompleteMultipartUploadAfter: Duration.days(1) },
      ],
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.ruleSet = new ses.ReceiptRuleSet(this, 'RuleSet', {
      receiptRuleSetName: `${stack.stackName}-inbound`,
    });
    this.rule = this.ruleSet.addRule('StoreLeads', {
      recipients: [...(props.recipients ?? [props.domain])],
      scanEnabled: true,
      tlsPolicy: ses.TlsPolicy.REQUIRE,
      // The S3 action adds the bucket policy statement letting SES put objects for this account only.
      actions: [new sesActions.S3({ bucket: this.bucket, objectKeyPrefix: INBOUND_PREFIX })],
    });

    this.deadLetterQueue = deadLetterQueue(this, 'ForwarderDeadLetters', this.key);
    const logGroup = lambdaLogGroup(this, 'ForwarderLogs');
    const role = lambdaRole(this, 'ForwarderRole', logGroup, { inVpc: false });
    role.addManagedPolicy(props.producerPolicy);
    this.forwarder = new nodejs.NodejsFunction(this, 'Forwarder', {
      entry: FORWARDER_ENTRY,
      handler: 'handler',
      runtime: LAMBDA_RUNTIME,
      architecture: lambda.Architecture.ARM_64,
      memorySize: 512,
      timeout: Duration.seconds(60),
      description: 'leadstream: emails SES stored in S3 to the Kinesis stream',
      role,
      logGroup,
      loggingFormat: lambda.LoggingFormat.JSON,
      deadLetterQueue: this.deadLetterQueue,
      retryAttempts: 2,
      environment: {
        STREAM_NAME: props.streamName,
        MAIL_BUCKET: this.bucket.bucketName,
        CLAIM_CHECK_BUCKET: props.claimCheckBucketName,
        NODE_OPTIONS: '--enable-source-maps',
      },
      bundling: bundlingOptions(['src/config/default-rules.yaml']),
    });
    // Read the stored emails (and decrypt them); written out instead of grantRead, which adds s3:List*.
    this.forwarder.addToRolePolicy(
      new iam.PolicyStatement({
        sid: 'ReadReceivedMail',
        actions: ['s3:GetObject'],
        resources: [this.bucket.arnForObjects(`${INBOUND_PREFIX}*`)],
      }),
    );
    this.forwarder.addToRolePolicy(
      new iam.PolicyStatement({
        sid: 'MailKey',
        actions: ['kms:Decrypt', 'kms:GenerateDataKey'],
        resources: [this.key.keyArn],
      }),
    );
    this.bucket.addEventNotification(s3.EventType.OBJECT_CREATED, new s3n.LambdaDestination(this.forwarder), {
      prefix: INBOUND_PREFIX,
    });
  }
}
