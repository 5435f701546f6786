// A synthetic corpus of statement-like English for the benchmark, from a fixed seed: documents of
// 1 to 12 sentences, about a quarter of the sentences with framing language (paraphrased from
// templates), the rest neutral corporate and news prose. Deterministic for a given seed and size.

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

const ORGS = ["Acme Bank", "Northwind", "Globex", "Initech", "Umbrella Health", "Contoso", "Vandelay Telecom", "Stark Retail", "Wayne Mobile", "Hooli", "the company", "the firm", "our platform"];
const DATA = ["names and email addresses", "phone numbers", "account details", "customer records", "profile information", "dates of birth", "loyalty numbers", "support tickets"];
const YEARS = ["2017", "2018", "2019", "2020", "2021", "2022"];
const MONTHS = ["January", "March", "April", "June", "August", "September", "November"];
const N = ["1.3 million", "500,000", "12 million", "a small number of", "around 40,000", "533 million"];

const FRAMING = [
  "This is an industry-wide challenge that every platform faces.",
  "Like other providers, {org} is regularly targeted by people who collect data at scale.",
  "Attempts like this happen regularly and we expect more of them.",
  "Scraping is a common tactic and data sets like these keep recirculating.",
  "The data was previously reported in {year} and is not new.",
  "This information is several years old and dates from before {month} {year}.",
  "We found and fixed the issue in {month} {year}.",
  "We have taken steps to strengthen our systems and added rate limits.",
  "This was not a breach of our systems; the data was scraped from public profiles.",
  "The records did not include passwords or financial information.",
  "There is no evidence that the data has been misused.",
  "We take the privacy of our customers extremely seriously and invest heavily in security.",
  "Protecting your data is our top priority.",
  "We encourage customers to review their privacy settings and to use strong passwords.",
  "Criminals and malicious actors are behind this attack, and we will pursue them.",
  "A third-party vendor was responsible for the exposure.",
  "We are sorry and we apologise for the concern this has caused.",
  "We failed to protect your information and we deeply regret it.",
  "We will provide free credit monitoring to affected customers.",
  "We will keep you informed and publish updates as we learn more.",
  "We have no further comment at this time.",
  "{org} declined to comment on the report.",
  "It is important to frame this as a broad industry issue.",
  "The team proposes a follow-up post once press volume declines.",
  "We have not been breached or hacked.",
  "The report is inaccurate and we categorically deny it.",
];

const NEUTRAL = [
  "{org} reported quarterly revenue of {n} dollars on Tuesday.",
  "The company was founded in {year} and employs staff in several countries.",
  "Its shares rose slightly in early trading after the announcement.",
  "The service lets people share photos, messages and short videos with friends.",
  "Analysts expect the market to grow over the next two years.",
  "The new office opens in {month} and will host the engineering team.",
  "Customers can download the app from the usual stores.",
  "The board met in {month} {year} to discuss the annual budget.",
  "Researchers published the findings in a peer-reviewed journal.",
  "The feature allowed people to find friends using a phone number.",
  "The data set, which contained {data}, appeared on a forum in {month}.",
  "About {n} accounts were listed in the file, according to researchers.",
  "Regulators in Ireland and the United States are reviewing the case.",
  "The chief executive spoke at a conference in {month} about product plans.",
  "The company also announced a partnership with a payments provider.",
  "Users in 106 countries were listed in the file, including {n} in Europe.",
  "The platform's engineers rolled out a redesign of the settings page.",
  "The statement was posted on the company's website on Friday.",
];

function fill(template: string, rnd: () => number): string {
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  return template
    .replace("{org}", pick(ORGS))
    .replace("{year}", pick(YEARS))
    .replace("{month}", pick(MONTHS))
    .replace("{n}", pick(N))
    .replace("{data}", pick(DATA));
}

/** JSONL lines of {id, text} until `bytes` is reached. */
export function* syntheticCorpus(bytes: number, seed = 2021, framingShare = 0.25): Generator<string> {
  const rnd = mulberry32(seed);
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const sentences = 1 + Math.floor(rnd() * 12);
    const parts: string[] = [];
    for (let s = 0; s < sentences; s++) {
      const pool = rnd() < framingShare ? FRAMING : NEUTRAL;
      let sentence = fill(pool[Math.floor(rnd() * pool.length)], rnd);
      if (sentence.startsWith("the ") || sentence.startsWith("our ")) sentence = sentence[0].toUpperCase() + sentence.slice(1);
      parts.push(sentence);
    }
    const line = JSON.stringify({ id: `doc-${i}`, text: parts.join(" ") }) + "\n";
    size += Buffer.byteLength(line);
    yield line;
  }
}
