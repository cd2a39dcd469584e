/** JSON schema of `checks.network-policy` in flightcheck.yaml. */
const endpoint = {
  description: 'A workload name (`namespace/name`, any kind), `kubernetes-api`, or a selector / address range',
  oneOf: [
    { type: 'string', minLength: 1, maxLength: 300 },
    {
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      properties: {
        workload: { type: 'string', minLength: 1, maxLength: 300 },
        namespace: { type: 'string', minLength: 1, maxLength: 63 },
        labels: { type: 'object', maxProperties: 64, additionalProperties: { type: 'string', maxLength: 256 } },
        cidr: { type: 'string', minLength: 1, maxLength: 64 },
        kubernetesApi: { const: true },
      },
    },
  ],
};

export const INTENT_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    pods: {
      description: 'Pods the manifests do not create (task pods launched at run time, peers outside the manifests)',
      type: 'array',
      maxItems: 1000,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name'],
        properties: {
          name: { type: 'string', pattern: '^[a-z0-9]([-a-z0-9.]*[a-z0-9])?/[a-zA-Z0-9]([-a-zA-Z0-9._]*[a-zA-Z0-9])?$' },
          labels: { type: 'object', maxProperties: 64, additionalProperties: { type: 'string', maxLength: 256 } },
          external: { type: 'boolean', description: 'Not ours: only a peer of our flows; its own connections are not judged' },
          ports: {
            type: 'array',
            maxItems: 100,
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['port'],
              properties: { name: { type: 'string' }, port: { type: 'integer', minimum: 1, maximum: 65535 }, protocol: { enum: ['TCP', 'UDP', 'SCTP'] } },
            },
          },
        },
      },
    },
    intent: {
      description: 'The flows the policies are meant to allow',
      type: 'array',
      maxItems: 10000,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['from', 'to'],
        properties: {
          description: { type: 'string', maxLength: 500 },
          from: { oneOf: [endpoint, { type: 'array', minItems: 1, maxItems: 100, items: endpoint }] },
          to: { oneOf: [endpoint, { type: 'array', minItems: 1, maxItems: 100, items: endpoint }] },
          ports: {
            description: '`PORT[/PROTOCOL]` or `FROM-TO[/PROTOCOL]` (TCP when omitted); all ports when absent',
            type: 'array',
            maxItems: 200,
            items: { oneOf: [{ type: 'integer', minimum: 1, maximum: 65535 }, { type: 'string', pattern: '^\\d{1,5}(-\\d{1,5})?(/(TCP|UDP|SCTP))?$' }] },
          },
        },
      },
    },
    allowAll: {
      description: 'Workloads meant to accept or send anything in a direction',
      type: 'array',
      maxItems: 1000,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['workload', 'direction', 'reason'],
        properties: { workload: { type: 'string' }, direction: { enum: ['ingress', 'egress'] }, reason: { type: 'string', minLength: 1 } },
      },
    },
  },
} as const;
