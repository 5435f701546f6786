import type { StrategyDef } from "../types.js";

export default {
  id: "sector-problem",
  label: "Sector problem",
  family: "diminish",
  theory: "Benoit: reducing offensiveness by differentiation; SCCT: diminish",
  definition:
    "The incident is cast as an industry-wide or sector-wide problem, not the organisation's own failure.",
  questions: [
    "Which other companies had the same flaw, and did any of them leave it open for as long?",
    "If every platform faces this, what did you do differently from those that were not affected?",
    "Whose decision was it to build the feature that was exploited?",
  ],
  cues: [
    { id: "sector-problem.industry-problem", pattern: "(industry|sector|industry-wide|sector-wide|industrywide) @problem", weight: 0.9 },
    { id: "sector-problem.problem-across-industry", pattern: "@problem * (across|throughout|facing|affecting|confronting|for|in|within|of) [the] [entire|whole|wider|broader|tech|technology] (industry|sector|industries|sectors)", weight: 0.85 },
    { id: "sector-problem.every-platform-faces", pattern: "(every|all|any|many|most|other|all other|all the) @peers * (~face|~deal with|~grapple with|~confront|~struggle with|~experience|~encounter|~battle|~fight|~contend with|are targeted|is targeted|~see|~suffer)", weight: 0.85 },
    { id: "sector-problem.not-unique", pattern: "not [just|only|solely] [a|an] * (unique|specific|exclusive|peculiar|confined|restricted) to (us|@we|one|any one|any single|a single|this|our|facebook|linkedin|clubhouse|_)", weight: 0.85 },
    { id: "sector-problem.not-alone", pattern: "(we are|we're|we were) (not|far from) (alone|the only one|the only company|the only platform|unique)", weight: 0.8 },
    { id: "sector-problem.like-other", pattern: "(like|as with|just like|as for|similar to|in common with) (other|many|all|every|most|any other) @peers", weight: 0.7 },
    { id: "sector-problem.industry-as-whole", pattern: "(industry|sector) as a whole", weight: 0.75 },
    { id: "sector-problem.affects-industry", pattern: "(~affect|~impact|~hit|~target|~plague|~challenge) (the whole|the entire|the wider|the broader|all of the|every|many|all|the) (industry|sector|@peers)", weight: 0.75, unless: "(our|my) (~customer|~user|~member)" },
    { id: "sector-problem.no-one-immune", pattern: "(no|not one|no single|not a single) (@peers|one|organisation|organization|company) is (immune|safe)", weight: 0.8 },
    { id: "sector-problem.tech-companies-have", pattern: "(relationship|battle|fight|challenge|struggle) (technology|tech|internet|online|social media) (companies|platforms|firms|services) (~have|~face)", weight: 0.85 },
    { id: "sector-problem.others-affected", pattern: "(other|peer|rival|several|many) (@peers) (have|has|were|are) [also] [been] (~affect|~target|~hit|~scrape|~breach|~experience|seen similar|faced similar)", weight: 0.75 },
    { id: "sector-problem.broad-industry-issue", pattern: "[a] (broad|broader|wider|common|general|widespread|systemic) (industry|sector|industry-wide) (~problem|~issue|~challenge)", weight: 0.9 },
  ],
  hits: [
    { text: "In the long term we expect more scraping incidents and it is important to frame this as a sector problem.", mode: "directive" },
    { text: "We think it's important to frame this as a broad industry issue.", mode: "directive" },
    "Scraping is an industry-wide challenge that every platform faces.",
    "This is a problem across the entire tech industry, not something specific to our service.",
    "Like other providers, we are a target for criminals who harvest public data.",
    "This issue is not unique to us; all online services contend with automated collection.",
    "This is another example of the ongoing, adversarial relationship technology companies have with fraudsters.",
    "Credential stuffing affects the whole sector, and we are working with peers on shared defences.",
    "No company is immune to these attacks.",
    { text: "The company said scraping was an industry problem.", mode: "reported" },
  ],
  misses: [
    "This is not an industry problem; it is our failure and we are sorry.",
    "The industry-wide standard for encryption is AES-256.",
    "We lead the sector in renewable energy adoption.",
    "Our data includes, but is not limited to, names and email addresses.",
    "Analysts expect the technology sector to grow by 5% next year.",
    "Is this a problem across the industry?",
  ],
} satisfies StrategyDef;
