import { RemovalPolicy } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

export interface NetworkProps {
  /**
   * Availability zones. MSK Serverless needs subnets in at least two AZs.
   * @default 2
   */
  readonly maxAzs?: number;
  /**
   * Retention of the VPC flow logs.
   * @default logs.RetentionDays.ONE_MONTH
   */
  readonly flowLogRetention?: logs.RetentionDays;
}

/**
 * The VPC the processor and MSK Serverless share: private subnets only, no NAT gateway, no internet gateway.
 *
 * Why no NAT: the processor only talks to MSK (inside the VPC), Firehose, Secrets Manager and S3 (claim-check
 * objects, through the free gateway endpoint). Two interface endpoints cost about 2 x 2 AZ x $0.01/h (~$29/month) and keep the traffic off the internet, whereas a NAT
 * gateway costs ~$32/month per AZ plus $0.045/GB and opens a path to the whole internet. Logs and EMF metrics
 * leave through the Lambda service, not the VPC, so no CloudWatch endpoint is needed.
 */
export class Network extends Construct {
  public readonly vpc: ec2.Vpc;
  public readonly privateSubnets: ec2.SubnetSelection;
  public readonly flowLogGroup: logs.LogGroup;
  public readonly endpointSecurityGroup: ec2.SecurityGroup;
  public readonly firehoseEndpoint: ec2.InterfaceVpcEndpoint;
  public readonly secretsManagerEndpoint: ec2.InterfaceVpcEndpoint;
  /** S3 gateway endpoint (free) for the claim-check objects; its policy is narrowed by the stack. */
  public readonly s3Endpoint: ec2.GatewayVpcEndpoint;

  constructor(scope: Construct, id: string, props: NetworkProps = {}) {
    super(scope, id);
    const maxAzs = props.maxAzs ?? 2;
    if (!Number.isInteger(maxAzs) || maxAzs < 2 || maxAzs > 6) {
      throw new Error(
        `Network: maxAzs must be an integer in 2..6 (MSK Serverless needs two AZs), got ${maxAzs}`,
      );
    }

    this.vpc = new ec2.Vpc(this, 'Vpc', {
      maxAzs,
      natGateways: 0,
      subnetConfiguration: [{ name: 'private', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 22 }],
    });
    this.privateSubnets = { subnetType: ec2.SubnetType.PRIVATE_ISOLATED };

    // AwsSolutions-VPC7: flow logs record rejected and accepted traffic for incident response.
    this.flowLogGroup = new logs.LogGroup(this, 'FlowLogs', {
      retention: props.flowLogRetention ?? logs.RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.vpc.addFlowLog('FlowLog', {
      destination: ec2.FlowLogDestination.toCloudWatchLogs(this.flowLogGroup),
      trafficType: ec2.FlowLogTrafficType.ALL,
    });

    // One security group for both endpoints, with no ingress until a client is let in (`allowTo` on the
    // client's connections adds the rule from its security group only).
    this.endpointSecurityGroup = new ec2.SecurityGroup(this, 'EndpointSecurityGroup', {
      vpc: this.vpc,
      description: 'Interface endpoints: HTTPS from the clients let in by the stack',
      allowAllOutbound: false,
    });
    this.firehoseEndpoint = this.addInterfaceEndpoint(
      'FirehoseEndpoint',
      ec2.InterfaceVpcEndpointAwsService.KINESIS_FIREHOSE,
    );
    this.secretsManagerEndpoint = this.addInterfaceEndpoint(
      'SecretsManagerEndpoint',
      ec2.InterfaceVpcEndpointAwsService.SECRETS_MANAGER,
    );
    this.s3Endpoint = this.vpc.addGatewayEndpoint('S3Endpoint', {
      service: ec2.GatewayVpcEndpointAwsService.S3,
      subnets: [this.privateSubnets],
    });
  }

  /** An interface endpoint in the private subnets behind the shared endpoint security group (no ingress by default). */
  public addInterfaceEndpoint(
    id: string,
    service: ec2.InterfaceVpcEndpointAwsService,
  ): ec2.InterfaceVpcEndpoint {
    return this.vpc.addInterfaceEndpoint(id, {
      service,
      subnets: this.privateSubnets,
      securityGroups: [this.endpointSecurityGroup],
      open: false,
      privateDnsEnabled: true,
    });
  }
}
