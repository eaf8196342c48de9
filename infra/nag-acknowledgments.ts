import { type CfnElement, Validations } from 'aws-cdk-lib';
import type { IConstruct, Node } from 'constructs';
import type { LeadstreamConfig } from '../src/config/deploy.js';
import type { AnalyticsDelivery } from './constructs/analytics-delivery.js';
import type { IngestFunction } from './constructs/ingest-function.js';
import type { KafkaAccess } from './constructs/kafka-access.js';
import type { MailIngress } from './constructs/mail-ingress.js';
import type { Notifications } from './constructs/notifications.js';

/** One acknowledged cdk-nag finding: where, which, and why it is acceptable here. */
export interface NagAcknowledgment {
  readonly construct: IConstruct;
  readonly id: string;
  readonly reason: string;
}

/**
 * What the acknowledgments read from the stack: its constructs and its logical ids. A structural type,
 * so this module does not import the stack that imports it.
 */
export interface NagSubject {
  readonly ingest: IngestFunction;
  readonly kafka: KafkaAccess;
  readonly delivery: AnalyticsDelivery;
  readonly config: Pick<LeadstreamConfig, 'consumerGroupPrefix'>;
  /** SES inbound, when the `mailDomain` context turned it on. */
  readonly mail?: MailIngress;
  /** The notifier, when the `notificationsFile` context turned it on. */
  readonly notifications?: Notifications;
  readonly node: Node;
  getLogicalId(element: CfnElement): string;
}

/**
 * Every cdk-nag AwsSolutions finding this stack accepts, each with its reason. Acknowledgments are placed on
 * the narrowest construct and name the exact finding (cdk-nag 3 has no prefix matching), so a new wildcard
 * elsewhere still fails the synth.
 */
export function nagAcknowledgments(stack: NagSubject): NagAcknowledgment[] {
  const { ingest, kafka, delivery } = stack;
  const ref = (construct: IConstruct) =>
    `<${stack.getLogicalId(construct.node.defaultChild as CfnElement)}.Arn>`;
  const eniReason =
    'Resource "*" on the ENI actions only: a Lambda function in a VPC needs them (the content of ' +
    'AWSLambdaVPCAccessExecutionRole) and EC2 does not support resource-level permissions for the Describe calls ' +
    '(https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html#configuration-vpc-permissions).';
  const clusterPart = (index: number) =>
    JSON.stringify({
      'Fn::Select': [
        index,
        { 'Fn::Split': ['/', { 'Fn::GetAtt': [stack.getLogicalId(kafka.cluster), 'Arn'] }] },
      ],
    });
  const claimCheckObjects = `AwsSolutions-IAM5[Resource::${ref(ingest.claimCheckBucket)}/claim-check/*]`;
  const claimCheckReason =
    'Object keys are SHA-256 hashes of the emails, unknown at deploy time; the wildcard is limited to the claim-check/ prefix of one bucket.';

  return [
    ...mailAcknowledgments(stack, ref),
    ...notifierAcknowledgments(stack),
    {
      construct: ingest.role,
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: eniReason,
    },
    {
      construct: kafka.topicFunctionRole,
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: eniReason,
    },
    { construct: ingest.role, id: claimCheckObjects, reason: claimCheckReason },
    { construct: ingest.producerPolicy, id: claimCheckObjects, reason: claimCheckReason },
    {
      construct: ingest.stream,
      id: 'AwsSolutions-KDS3',
      reason:
        'A customer managed key instead of aws/kinesis on purpose: its key policy is ours to audit and restrict, ' +
        'and the same key protects the on-failure queue, the claim-check bucket and the HMAC secret.',
    },
    {
      construct: ingest.hmacSecret,
      id: 'AwsSolutions-SMG4',
      reason:
        'The HMAC pseudonymisation key must stay stable: rotating it changes every email_hash and phone_hash, ' +
        'which breaks joins across the rotation. Re-keying is a planned migration, not a schedule.',
    },
    {
      construct: ingest.deadLetterQueue,
      id: 'AwsSolutions-SQS3',
      reason:
        'This queue is itself the on-failure destination (dead-letter queue) of the Kinesis event source.',
    },
    {
      construct: delivery.deliveryRole,
      id: `AwsSolutions-IAM5[Resource::${ref(delivery.dataBucket)}/leads/*]`,
      reason:
        'Firehose names its objects at delivery time; the wildcard is limited to the leads/ prefix of the data bucket.',
    },
    {
      construct: delivery.deliveryRole,
      id: `AwsSolutions-IAM5[Resource::${ref(delivery.dataBucket)}/errors/*]`,
      reason:
        'Firehose names its error objects at delivery time; the wildcard is limited to the errors/ prefix.',
    },
    {
      construct: delivery.analystPolicy,
      id: `AwsSolutions-IAM5[Resource::${ref(delivery.dataBucket)}/leads/*]`,
      reason:
        'Analysts read the Parquet objects Firehose wrote, whose keys are not known in advance; limited to the leads/ prefix.',
    },
    {
      construct: delivery.analystPolicy,
      id: `AwsSolutions-IAM5[Resource::${ref(delivery.resultsBucket)}/*]`,
      reason:
        'Athena writes each query result under a new key in the results bucket, which holds nothing else; the wildcard covers that bucket only.',
    },
    {
      construct: kafka.topicProviderRole,
      id: `AwsSolutions-IAM5[Resource::${ref(kafka.topicFunction)}:*]`,
      reason:
        'The CDK Provider framework invokes the topic function by ARN and qualified ARN (versions/aliases) of that one function only.',
    },
    {
      construct: kafka.consumerPolicy,
      id:
        'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:kafka:<AWS::Region>:<AWS::AccountId>:group/' +
        `${clusterPart(1)}/${clusterPart(2)}/${stack.config.consumerGroupPrefix}*]`,
      reason:
        'Downstream teams choose their consumer-group names; the wildcard is limited to the configured group prefix on this cluster.',
    },
  ];
}

/** The SES inbound path's findings, when the `mailDomain` context turned it on. */
function mailAcknowledgments(stack: NagSubject, ref: (c: IConstruct) => string): NagAcknowledgment[] {
  const { mail } = stack;
  if (!mail) return [];
  // aws-s3-notifications' singleton handler (it writes the bucket's notification configuration at deploy).
  const notificationsRole = stack.node.children
    .find((c) => c.node.id.startsWith('BucketNotificationsHandler'))
    ?.node.tryFindChild('Role');
  return [
    {
      construct: mail.forwarder.role as IConstruct,
      id: `AwsSolutions-IAM5[Resource::${ref(mail.bucket)}/inbound/*]`,
      reason:
        'SES names each stored email by its SES message id, unknown at deploy time; the wildcard is limited to the inbound/ prefix of the mail bucket.',
    },
    ...(notificationsRole
      ? [
          {
            construct: notificationsRole,
            id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
            reason:
              "aws-cdk-lib's S3 bucket-notifications handler (a deploy-time custom resource, not ours to change) has only the basic logging policy plus s3:PutBucketNotification.",
          },
        ]
      : []),
  ];
}

/** The notifier's findings, when the `notificationsFile` context turned it on. */
function notifierAcknowledgments(stack: NagSubject): NagAcknowledgment[] {
  const { notifications } = stack;
  if (!notifications) return [];
  return [
    {
      construct: notifications.role,
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'Resource "*" on the ENI actions only (Sid MskEventSourceEni): the MSK event source mapping places its ' +
        "pollers' ENIs in the cluster's subnets with the function's role, and EC2 does not support resource-level " +
        'permissions for the Describe calls (https://docs.aws.amazon.com/lambda/latest/dg/with-msk-permissions.html).',
    },
    {
      construct: notifications.deadLetterQueue,
      id: 'AwsSolutions-SQS3',
      reason:
        "This queue is itself the dead-letter queue: the notifier's own dead letters and its event source's on-failure destination.",
    },
  ];
}

export function acknowledgeNagFindings(stack: NagSubject): void {
  for (const a of nagAcknowledgments(stack))
    Validations.of(a.construct).acknowledge({ id: a.id, reason: a.reason });
}
