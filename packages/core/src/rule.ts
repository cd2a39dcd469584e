import type { Finding, Location, ObjectRef, Severity } from './model.js';

export interface RuleDocs {
  description: string;
  url?: string;
}

export interface RuleMeta<MessageIds extends string = string> {
  /** The rule id, as the reference tool spells it: `DL3008`, `container-image-tag`. */
  id: string;
  /** What the rule looks at: `dockerfile`, `Deployment`, `Pod`, `image`… */
  target: string;
  severity: Severity;
  /** Optional rules run only when enabled. */
  optional?: boolean;
  docs: RuleDocs;
  /** Message templates; `{{name}}` is replaced with `data.name`. */
  messages: Record<MessageIds, string>;
}

export interface ReportDescriptor<MessageIds extends string = string> {
  messageId: MessageIds;
  data?: Record<string, string | number>;
  location?: Location;
  object?: ObjectRef;
  resolution?: string;
  /** Overrides the rule's default severity for this one finding. */
  severity?: Severity;
  properties?: Record<string, unknown>;
}

export interface RuleContext<MessageIds extends string = string, Options = unknown> {
  /** The file being checked, for locations. */
  readonly file: string;
  readonly options: Options;
  report(descriptor: ReportDescriptor<MessageIds>): void;
}

export interface Rule<Subject = unknown, MessageIds extends string = string, Options = unknown> {
  meta: RuleMeta<MessageIds>;
  check(subject: Subject, ctx: RuleContext<MessageIds, Options>): void;
}

export class UnknownMessageIdError extends Error {
  constructor(ruleId: string, messageId: string) {
    super(`rule ${ruleId} reported unknown messageId "${messageId}"`);
    this.name = 'UnknownMessageIdError';
  }
}

/** Declares a rule; the identity function that types and validates it. */
export function defineRule<Subject, MessageIds extends string, Options = unknown>(
  rule: Rule<Subject, MessageIds, Options>,
): Rule<Subject, MessageIds, Options> {
  if (!/^[A-Za-z][\w.-]*$/.test(rule.meta.id)) throw new Error(`invalid rule id "${rule.meta.id}"`);
  if (!rule.meta.docs?.description) throw new Error(`rule ${rule.meta.id} has no docs.description`);
  if (Object.keys(rule.meta.messages).length === 0) throw new Error(`rule ${rule.meta.id} has no messages`);
  return rule;
}

export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, k: string) => (k in data ? String(data[k]) : m));
}

export interface RunRulesOptions<Options> {
  file: string;
  options?: Options;
  /** Rule ids to run; all when omitted. */
  enabled?: (meta: RuleMeta) => boolean;
  severityOverride?: (id: string) => Severity | undefined;
}

/** Runs rules over one subject and returns the failing findings they reported. */
export function runRules<Subject, Options = unknown>(
  rules: readonly Rule<Subject, string, Options>[],
  subject: Subject,
  opts: RunRulesOptions<Options>,
): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (opts.enabled && !opts.enabled(rule.meta)) continue;
    const meta = rule.meta;
    const ctx: RuleContext<string, Options> = {
      file: opts.file,
      options: opts.options as Options,
      report(d) {
        const template = (meta.messages as Record<string, string>)[d.messageId];
        if (template === undefined) throw new UnknownMessageIdError(meta.id, d.messageId);
        const f: Finding = {
          ruleId: meta.id,
          severity: d.severity ?? opts.severityOverride?.(meta.id) ?? meta.severity,
          message: formatMessage(template, d.data),
          status: 'fail',
        };
        if (d.location) f.location = d.location;
        if (d.object) f.object = d.object;
        if (d.resolution) f.resolution = d.resolution;
        if (meta.docs.url) f.helpUri = meta.docs.url;
        if (d.properties) f.properties = d.properties;
        findings.push(f);
      },
    };
    rule.check(subject, ctx);
  }
  return findings;
}
