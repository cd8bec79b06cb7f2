/**
 * AWS Region names as Amazon Keyspaces uses them: the endpoint (`cassandra.<region>.amazonaws.com`),
 * the driver's local data center, multi-Region replication keys and the SigV4 scope.
 */

/** The shape of an AWS Region name: `us-east-1`, `eu-central-2`, `us-gov-west-1`, `cn-north-1`, `us-isob-east-1`. */
export const AWS_REGION_NAME = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}$/;

/** AWS GovCloud (US) and China Region names, where Keyspaces has no multi-Region replication (keyspaces-facts §18). */
export const NO_MULTI_REGION_REGION = /^(us-gov|cn)-[a-z]+-\d{1,2}$/;

/** True when `name` has the shape of an AWS Region name. */
export function isRegionName(name: string): boolean {
  return AWS_REGION_NAME.test(name);
}
