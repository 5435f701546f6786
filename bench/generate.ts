// A synthetic corpus of statement-like English for the benchmark, from a fixed seed: documents of
// 1 to 12 sentences, about a quarter of the sentences with framing language, the rest neutral
// corporate and news prose. Each framing move comes in several paraphrases, and sentences vary
// further by their slots (organisations, people affected, data, dates, numbers), by an opening
// phrase, and by being quoted and attributed as in a news report; one document in five is typeset
// (curly quotes and apostrophes), as published statements often are. Neutral sentences are put
// together from parts, so that few of them repeat. Deterministic for a given seed and size.

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ORG_NAMES = ["Acme", "Northwind", "Globex", "Initech", "Umbrella", "Contoso", "Vandelay", "Stark", "Wayne", "Hooli", "Pied Piper", "Soylent", "Tyrell", "Cyberdyne", "Oceanic", "Aperture", "Blue Harbor", "Redwood", "Kestrel", "Meridian"];
const ORG_KINDS = ["Bank", "Health", "Telecom", "Retail", "Mobile", "Energy", "Insurance", "Airlines", "Games", "Media", "Labs", "Logistics", "Pharmacy", "Hotels", "Credit Union", ""];
const PEOPLE = ["customers", "users", "members", "patients", "account holders", "subscribers", "guests", "passengers", "clients", "players", "students", "policyholders"];
const DATA = ["names and email addresses", "phone numbers", "account details", "customer records", "profile information", "dates of birth", "loyalty numbers", "support tickets", "home addresses", "order histories", "partial card numbers", "usernames and hashed passwords", "appointment records", "travel itineraries"];
const VENDORS = ["a third-party vendor", "an outside contractor", "a former supplier", "a software provider", "a marketing partner", "an IT services firm", "a cloud hosting provider", "a payments processor"];
const SECTORS = ["tech", "banking", "retail", "telecoms", "health", "travel", "insurance", "gaming"];
const CITIES = ["Dublin", "Austin", "Leeds", "Lyon", "Toronto", "Melbourne", "Porto", "Denver", "Glasgow", "Utrecht", "Osaka", "Nairobi"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** Framing moves, each in several paraphrases (the codebook's words and others). */
const FRAMING = [
  // sector problem
  "This is an industry-wide challenge that every platform faces.",
  "Like every company in the {sector} sector, we face constant attempts to collect data at scale.",
  "This is a problem for the whole industry, not one specific to {org}.",
  "Every {sector} business deals with this kind of threat.",
  "Like other providers, {org} is regularly targeted by people who collect data at scale.",
  // normalisation
  "Attempts like this happen regularly and we expect more of them.",
  "Incidents of this kind are unfortunately common today.",
  "This sort of thing happens all the time across the internet.",
  "Scraping is a common tactic and data sets like these keep recirculating.",
  // temporal distancing
  "The data was previously reported in {year} and is not new.",
  "This information is several years old and dates from before {month} {year}.",
  "This is old data from a problem that was fixed back in {year}.",
  "The records relate to an issue we resolved in {month} {year}.",
  // corrective action
  "We found and fixed the issue in {month} {year}.",
  "We have taken steps to strengthen our systems and added rate limits.",
  "We quickly closed the vulnerability and reset the affected passwords.",
  "The flaw was patched within hours of being reported to us.",
  "We have since rolled out additional safeguards, including two-factor authentication.",
  // relabeling
  "This was not a breach of our systems; the data was scraped from public profiles.",
  "This was a scraping incident, not a hack.",
  "Nobody broke into our systems; the information was collected from publicly available pages.",
  // minimisation
  "The records did not include passwords or financial information.",
  "No payment card details were involved.",
  "Only a small number of {people} were affected, and no sensitive data was exposed.",
  "There is no evidence that the data has been misused.",
  "We have seen no indication that any of the information was misused.",
  // bolstering
  "We take the privacy of our {people} extremely seriously and invest heavily in security.",
  "Protecting your data is our top priority.",
  "Security has always been at the heart of everything we do.",
  "We have a strong track record of protecting the information of our {people}.",
  // advice that puts the burden on the people affected
  "We encourage {people} to review their privacy settings and to use strong passwords.",
  "We recommend that {people} change their passwords and stay alert to suspicious emails.",
  // blame
  "Criminals and malicious actors are behind this attack, and we will pursue them.",
  "The exposure was caused by {vendor}, not by {org}.",
  "The incident stemmed from an error at {vendor}.",
  // apology
  "We are sorry and we apologise for the concern this has caused.",
  "We sincerely apologise to everyone affected.",
  "We failed to protect your information and we deeply regret it.",
  "We got this wrong, and we are sorry.",
  // compensation
  "We will provide free credit monitoring to affected {people}.",
  "Affected {people} will receive a voucher as a goodwill gesture.",
  "We are offering a year of identity protection at no cost to those affected.",
  // transparency
  "We will keep you informed and publish updates as we learn more.",
  "We will share more information as our investigation continues.",
  "We will let {people} know as soon as we have more details.",
  // strategic silence
  "We have no further comment at this time.",
  "{org} declined to comment on the report.",
  "We will not be commenting further while the investigation is ongoing.",
  "{org} did not respond to requests for comment.",
  // plans (as in a leaked memo)
  "It is important to frame this as a broad industry issue.",
  "The team proposes a follow-up post once press volume declines.",
  "We recommend that spokespeople stress that this happens across the sector.",
  "Talking points: emphasise that the data is old and that the issue was fixed.",
  // denial
  "We have not been breached or hacked.",
  "The report is inaccurate and we categorically deny it.",
  "There was no breach of {org}'s systems.",
];

const NEUTRAL = [
  "{org} reported quarterly revenue of {n} dollars on {day}.",
  "The company was founded in {year} and employs staff in several countries.",
  "Its shares rose slightly in early trading after the announcement.",
  "The service lets people share photos, messages and short videos with friends.",
  "Analysts expect the market to grow over the next two years.",
  "The new office opens in {month} and will host the engineering team.",
  "Customers can download the app from the usual stores.",
  "Researchers published the findings in a peer-reviewed journal.",
  "The feature allowed people to find friends using a phone number.",
  "The data set, which contained {data}, appeared on a forum in {month}.",
  "About {n} accounts were listed in the file, according to researchers.",
  "Regulators in Ireland and the United States are reviewing the case.",
  "Users in {small} countries were listed in the file, including {n} in Europe.",
  "The statement was posted on the company's website on {day}.",
];
/** Neutral sentences put together from parts: subject, verb, object, and sometimes a phrase of time or place. */
const SUBJECTS = ["{org}", "The company", "Its chief executive", "The board", "Analysts", "Regulators", "The new app", "The firm's engineers", "Investors", "The marketing team", "Local officials", "A research group", "Shareholders", "The union", "Its parent company"];
const VERBS = ["announced", "reported", "expected", "reviewed", "launched", "discussed", "published", "opened", "delayed", "approved", "welcomed", "updated", "expanded", "postponed", "outlined"];
const OBJECTS = ["a new loyalty programme", "its quarterly results", "plans for a second office", "the annual budget", "a redesign of the settings page", "a partnership with a payments provider", "higher prices for premium plans", "a hiring freeze", "the results of an internal audit", "a new data centre in {city}", "changes to its return policy", "a faster checkout", "support for more languages", "a pilot scheme in {city}", "its sustainability report", "a bid for a smaller rival", "{n} new jobs"];
const ADJUNCTS = ["on {day}", "in {month}", "earlier this year", "after months of talks", "ahead of the holiday season", "despite weaker demand", "in {city}", "for the first time since {year}", "at a conference in {city}", "last {month}"];
const OPENERS = ["In a statement, ", "To be clear, ", "However, ", "On {day}, ", "Meanwhile, ", "In an email to {people}, ", "As of {month}, "];

function number(rnd: () => number): string {
  const r = rnd();
  if (r < 0.3) return `${(1 + rnd() * 98).toFixed(1)} million`;
  if (r < 0.6) return `${1 + Math.floor(rnd() * 999)},${String(Math.floor(rnd() * 1000)).padStart(3, "0")}`;
  if (r < 0.8) return `around ${(1 + Math.floor(rnd() * 90)) * 1000}`.replace(/(\d)(\d{3})$/, "$1,$2");
  return String(10 + Math.floor(rnd() * 990));
}

/** One of a list, at random. */
const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];

/** The slots filled from a list. */
const LISTS: Record<string, readonly string[]> = { people: PEOPLE, data: DATA, vendor: VENDORS, sector: SECTORS, city: CITIES, month: MONTHS, day: DAYS };

function fill(template: string, rnd: () => number): string {
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => {
    if (LISTS[slot]) return pick(rnd, LISTS[slot]);
    if (slot === "year") return String(2010 + Math.floor(rnd() * 15));
    if (slot === "n") return number(rnd);
    if (slot === "small") return String(2 + Math.floor(rnd() * 150));
    if (slot !== "org") throw new Error(`unknown slot {${slot}}`);
    if (rnd() < 0.15) return pick(rnd, ["the company", "the firm", "the bank", "the platform"]);
    const kind = pick(rnd, ORG_KINDS);
    return kind ? `${pick(rnd, ORG_NAMES)} ${kind}` : pick(rnd, ORG_NAMES);
  });
}

/** A sentence's first letter in capitals. */
const capital = (s: string) => s[0].toUpperCase() + s.slice(1);
/** A sentence's first word lower-cased after an opening phrase, unless it is a name. */
const afterOpener = (s: string) => (/^(?:This|These|There|The|We|Our|It|Its|Every|Like|Only|No|Nobody|Attempts|Incidents|Scraping|Security|Protecting|Criminals|Affected|Talking|Customers|Researchers|Regulators|Analysts|Investors|Shareholders|Users|About|A|An)\b/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);

function sentence(rnd: () => number, framingShare: number): string {
  if (rnd() < framingShare) {
    const s = fill(pick(rnd, FRAMING), rnd);
    const r = rnd();
    // As a news report quotes it, attributed.
    if (r < 0.12) return `"${capital(s).slice(0, -1)}," ${rnd() < 0.5 ? "a spokesperson said" : `the company said in a statement on ${fill("{day}", rnd)}`}.`;
    if (r < 0.25) return fill(pick(rnd, OPENERS), rnd) + afterOpener(s);
    return capital(s);
  }
  if (rnd() < 0.4) return capital(fill(pick(rnd, NEUTRAL), rnd));
  const adjunct = rnd() < 0.6 ? ` ${pick(rnd, ADJUNCTS)}` : "";
  return capital(fill(`${pick(rnd, SUBJECTS)} ${pick(rnd, VERBS)} ${pick(rnd, OBJECTS)}${adjunct}.`, rnd));
}

/** Curly quotes and apostrophes, as a typeset statement has them. */
const typeset = (text: string) => text.replace(/"([^"]*)"/g, "“$1”").replace(/'/g, "’");

/** JSONL lines of {id, text} until `bytes` is reached. */
export function* syntheticCorpus(bytes: number, seed = 2021, framingShare = 0.25): Generator<string> {
  const rnd = mulberry32(seed);
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const count = 1 + Math.floor(rnd() * 12);
    const parts: string[] = [];
    for (let s = 0; s < count; s++) parts.push(sentence(rnd, framingShare));
    const text = rnd() < 0.2 ? typeset(parts.join(" ")) : parts.join(" ");
    const line = JSON.stringify({ id: `doc-${i}`, text }) + "\n";
    size += Buffer.byteLength(line);
    yield line;
  }
}
