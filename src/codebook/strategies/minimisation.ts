import type { StrategyDef } from "../types.js";

// Categories of data whose absence is offered as reassurance.
const SENSITIVE =
  "(financial|payment|bank|banking|credit card|credit cards|debit card|card|cards|social security|ssn|ssns|passwords|password|health|medical|clinical|sensitive|pin|pins|account numbers|bank account|bank details|tax file|tax|passport|passports|driver's licence|driver's license|driving licence|government id|government-issued|national insurance|dates of birth|date of birth|private messages|messages|full card|cvv|security codes|private|biometric|genetic|login credentials|credentials|identity documents|id numbers|medicare|insurance|payment card|money|funds|deposits|pins|account passwords|banking data|card data|password vaults)";
const EXPOSE_VERB =
  "(affected|accessed|exposed|compromised|involved|included|stored|taken|stolen|impacted|viewed|obtained|acquired|downloaded|copied|exfiltrated|leaked|breached|put at risk|at risk|part of|among|held|contained|revealed|disclosed|touched|visible|seen|shown|displayed|readable|shared|sold|published|posted|lost)";
const PEOPLE =
  "(@users|accounts|account|records|people|individuals|households|files|entries|profiles|our customer base|our user base|our members|customer base|user base|cardholders|residents|students|staff)";

// Services and operations whose continuity is offered as reassurance.
const SERVICE =
  "(patient care|care|clinical care|clinical services|services|service|operations|prescriptions|pharmacy services|teaching|assessments|exams|classes|lessons|emergency services|emergency dispatch|dispatch|999 calls|911 calls|emergency calls|bin collections|collections|trading|deliveries|flights|stores|in-store payments|in-store|shops|branches|purchases|payments|card payments|cash machines|atms|production|water supply|power supply|supply|the grid|trains|bookings|appointments|surgeries|treatment|treatments|patient safety|customer funds|funds|deposits|withdrawals|our network|broadband|calls|mobile services)";

export default {
  id: "minimisation",
  label: "Minimisation",
  family: "diminish",
  theory: "Benoit: reducing offensiveness by minimisation (the harm is said to be smaller than it seems); SCCT: diminish",
  definition:
    "The scope or severity of the incident is played down: the data was public anyway, sensitive categories were not involved, only a few people or one system were affected, there is no sign of misuse, the impact is not material.",
  questions: [
    "Phone numbers, birth dates and email addresses are enough for SIM swaps and phishing: why do you call this data harmless?",
    "How do you know the data has not been misused, and what would you need to see to say that it has?",
    "If the information was public anyway, why did you have to fix anything?",
    "How many people are in the 'small subset', in absolute numbers?",
  ],
  cues: [
    {
      id: "minimisation.publicly-available",
      pattern:
        "((publicly|openly) (available|accessible|viewable|visible|searchable|listed|shared|posted|published|obtainable|known)|(freely|widely|readily) (available|accessible|obtainable|viewable|visible))",
      weight: 0.8,
      requires: "(@data|profile|profiles|numbers|names|email|emails|addresses|scrap*|leak*|breach*|exposed|affected|involved|incident|compiled|aggregated|anyone|anybody|it|this|already)",
      unless: "((report|reports|study|results|findings|policy|statement|document|documents|guidance|filing|filings|tool|service|app|code|notice|timeline|update|details of the investigation|full account) (is|are|will be|was|were|has been|have been) [now|also] (publicly|openly|freely)|publicly available (tools|software|scripts)|using publicly available)",
    },
    {
      id: "minimisation.public-profile-information",
      pattern:
        "(is|was|are|were|all|only|just|merely|simply|entirely|consisted of|consists of|consisting of|comprised|comprises|limited to|nothing more than|from|of|already|copying|copied|scraping|scraped|collecting|collected|harvesting|harvested|gathering|gathered|lifting|lifted|downloading|downloaded|aggregating|aggregated) [_] (public|public-facing|already-public) (profile|profiles|profile information|profile data|information|data|details|directory|directories|listings|posts|pages|profile pages|member profile)",
      weight: 0.7,
      unless: "(according to public|public records (show|request|requests|indicate)|public interest|public health|public sector|public information officer|public relations|public services|public (data|information) (act|law|request|requests))",
    },
    {
      id: "minimisation.already-public",
      pattern:
        "(already|previously|long been) (public|publicly|in the public domain|available online|available elsewhere|freely available|published|online|out there|widely available|visible)",
      weight: 0.8,
      unless: "(report|reports|findings|policy|results) (is|are|was|were) already",
    },
    {
      id: "minimisation.available-to-anyone",
      pattern: "(available|accessible|visible|viewable|searchable|obtainable) [_] (publicly|to the public|to anyone|to everyone|to all users|to any user|to anybody)",
      weight: 0.75,
      requires: "(@data|profile|profiles|numbers|names|email|emails|addresses|already|anyway|largely|all of|it|this)",
      unless: "((report|reports|findings|policy|results|review|timeline|statement|updates|guidance|tool|service|app|support|helpline) (is|are|will be|was|were|has been|have been) [now|also|fully] (available|accessible)|(lets|let|allows|allow|enables|enable) (users|you|people|members|customers) (choose|decide|pick|select)|choose whether)",
    },
    {
      id: "minimisation.in-the-public-domain",
      pattern: "in the public domain",
      weight: 0.8,
    },
    {
      id: "minimisation.shared-publicly",
      pattern:
        "(chose|chosen|opted|decided|elected|agreed|shared|posted|listed|published) ** (publicly|public|visible to everyone|visible to anyone|visible to all|open to everyone|searchable by anyone)",
      weight: 0.75,
      requires: "(@users|themselves|their|they|anyone|everyone|profile|profiles|settings)",
      unless: "((make|made|making|~publish) (the|our|its|this|these) [_] (report|findings|results|review|timeline|account|details|update|updates|source code|code) public)",
    },
    {
      id: "minimisation.anyone-can-see",
      pattern:
        "(anyone|anybody|everyone|any user|any member of the public|the general public) (can|could|is able to|was able to|were able to|has been able to|may) [already] (access|see|view|find|look up|search|read|obtain|download|get)",
      weight: 0.8,
      unless: "(anyone|anybody|everyone) (can|could) (apply|call|contact|report|sign up|join|register|attend|ask|submit|claim)",
    },
    {
      id: "minimisation.did-not-include",
      pattern: `(did not|didn't|does not|doesn't|do not|don't|not|no|never|neither|nor|without|free of|excluding|excluded|exclude|excludes) (include|contain|involve|hold|store|affect|expose|compromise|impact|reveal|extend to|reach|touch|have access to|access|give access to|any|including|containing|involving|include any|contain any|involve any) ** ${SENSITIVE}`,
      weight: 0.9,
    },
    {
      id: "minimisation.sensitive-not-affected",
      pattern: `${SENSITIVE} [_] [_] [_] [_] [_] (was|were|is|are|has been|have been|had been|has|have|had|remain|remains|remained) [_] ((not|never|neither|nor) [_] ${EXPOSE_VERB}|unaffected|untouched|unharmed|unexposed)`,
      weight: 0.9,
    },
    {
      id: "minimisation.no-sensitive-data-was",
      pattern: `(no|none of the|none of our|not any|not a single|zero) [_] [_] ${SENSITIVE} ** (was|were|has been|have been|had been|is|are) [_] ${EXPOSE_VERB}`,
      weight: 0.9,
    },
    {
      id: "minimisation.sensitive-unaffected",
      pattern:
        "(unaffected|untouched|not affected|not impacted|not compromised|not accessed|not involved|not exposed|not at risk|fully protected|remain secure|remains secure|remained secure|remain safe|remains safe|remained safe|remain protected|remains protected|remained protected|were safe|was safe|are safe|is safe|is secure|are secure|were secure|was secure)",
      weight: 0.8,
      negatable: true,
      requires: `(${SENSITIVE}|funds|money|deposits|savings|balances|other systems|core systems|main systems|production systems|remaining systems|critical systems|clinical systems|patient care|services|our network|customer accounts|operations|most customers|other customers|other data|rest of)`,
      unless: "(is safe to|are safe to|safe and secure (place|way)|remain vigilant|stay safe|(its|our|their) own (systems|system|network|servers) (were|are|was|is|remain|remained) (secure|safe))",
    },
    {
      id: "minimisation.no-evidence-of-misuse",
      pattern:
        "(no|not|nothing|without|zero|little) [any|current|further|credible|specific|direct|actual|clear] [_] (evidence|indication|indications|sign|signs|suggestion|reason to believe|reason to think|reason to suspect|reports|report|trace|proof|instances) [yet|to date|so far|at this time|at this stage] (that|of|to suggest|to indicate|suggesting|indicating) ** (misuse|misused|used|use|fraud|fraudulent|fraudulently|exploited|abused|abuse|accessed|downloaded|exfiltrat*|copied|taken|viewed|acquired|extracted|stolen|sold|published|shared|released|leaked|harm|identity theft|malicious use|removed|misappropriated)",
      weight: 0.85,
      unless: "((avoid|avoid saying|don't say|do not say|stop saying|not say|never say) ** (no evidence|no indication)|(phrase|term|wording|words|expression|letters|boilerplate|study|studies|researchers) ** (no evidence|no indication)|(not|never) been (breached|hacked|compromised|infiltrated)|(reports|claims|allegations) (are|were|is) (false|untrue|inaccurate|wrong)|(evidence|indication|sign|signs|suggestion) (that|of) [a|any] [_] (breach|intrusion|hack|hacking|compromise|cyberattack|attack|break-in) (of|on|into|to|in) (our|its|the) (systems|network|servers|infrastructure)|(systems|network|servers|infrastructure|we|it|they) (was|were|had been|has been|have been) [ever] (breached|hacked|compromised|infiltrated|penetrated))",
    },
    {
      id: "minimisation.not-aware-of-misuse",
      pattern:
        "(not aware of|unaware of|no reports of|not seen any|haven't seen any|have not seen any|has not seen any|had not seen any|no known|not received any reports of|no confirmed|not identified any|no cases of) [any] * (misuse|fraud|fraudulent|misused|harm|harmed|defrauded|malicious use|identity theft|financial loss|losses|customer harm|suspicious activity|unauthorised transactions|unauthorized transactions|impact on customers|having been harmed|having lost money|losing money)",
      weight: 0.85,
    },
    {
      id: "minimisation.small-subset",
      pattern:
        "(a|an|only a|just a|only|just|very|relatively|extremely) [very|relatively|extremely|tiny|small] (small|tiny|limited|minute|minuscule|modest|negligible|low|handful|fraction|subset) (number|subset|fraction|percentage|proportion|portion|group|minority|share|handful|segment|sample|amount|section|part|set|cohort|count|of)",
      weight: 0.8,
      requires: `(${PEOPLE}|data|information|systems|affected|impacted|exposed|involved|base|of them|of those)`,
      unless: "(a (small|tiny|limited) (number|amount|fraction) of (time|money|staff|cost|budget))",
    },
    {
      id: "minimisation.only-n-affected",
      pattern: `(only|just|merely|a mere|fewer than|less than|no more than|at most|under|a handful of|a few) [_] [_] [_] ${PEOPLE} [_] [_] (were|was|are|is|have been|has been|had been|had|have|may have been) [potentially|possibly|actually] (affected|impacted|exposed|involved|accessed|compromised|caught up|hit|breached|at risk)`,
      weight: 0.85,
      negatable: true,
      unless: "under [_] [_] (law|laws|rules|regulations|regulation|gdpr|act|legislation|rules)",
    },
    {
      id: "minimisation.percent-of-base",
      pattern:
        "(fewer than|less than|under|only|just|a fraction of|below|well under) [_] [_] (percent|per cent|pc|percentage point) [of] [our|its|the|all] [_] (@users|accounts|records|base|customer base|user base|members|clients|total)",
      weight: 0.85,
    },
    {
      id: "minimisation.vast-majority-unaffected",
      pattern:
        "(vast majority|overwhelming majority|majority|most|nearly all|almost all|the rest|all other|all remaining|the remaining|other) [of] [our|its|the] [_] (@users|accounts|records|members|clients|systems|services|data) ** (not|unaffected|untouched|remain|remained|were never|are not|were not|have not|had not|safe|secure)",
      weight: 0.75,
      negatable: true,
      requires: "(affected|impacted|exposed|involved|accessed|compromised|unaffected|untouched|safe|secure|at risk)",
    },
    {
      id: "minimisation.not-all-affected",
      pattern: `not (all|every|everyone|everybody) [of] [our|the|its|these|those] [_] ${PEOPLE} [_] (are|were|is|was|will be|have been|has been) [necessarily|actually|directly] (affected|impacted|involved|exposed|at risk)`,
      weight: 0.75,
    },
    {
      id: "minimisation.limited-in-scope",
      pattern: "(limited|narrow|modest|small) in (scope|nature|scale|size|extent|number)",
      weight: 0.8,
      requires: "(@data|@incident|exposure|access|impact|affected|involved|exposed)",
    },
    {
      id: "minimisation.no-evidence-core-systems",
      pattern:
        "(no|not|nothing|without) [any] [_] (evidence|indication|indications|sign|signs|suggestion|reason to believe) ** (core|main|primary|central|other|production|critical|customer-facing|principal|key) ** (databases|database|systems|system|network|networks|servers|platforms|platform|data)",
      weight: 0.8,
    },
    {
      id: "minimisation.limited-to",
      pattern:
        "(was|were|is|are|been|remains|remained|appears|appear|appears to be|appear to be|seems|incident|exposure|access|breach|impact|data|information) [_] (limited|restricted|confined|isolated|contained|localised|localized) (to|within) (a|an|one|the|names|contact|basic|email|emails|phone|usernames|public|partial|non-sensitive|old|older|legacy|historical|certain|some|specific|two|three|several|publicly|first names|loyalty|account)",
      weight: 0.85,
      requires: "(@data|exposure|access|impact|incident|breach|affected|involved|exposed|names|server|system|database|accounts|records|@users)",
      unless: "((not|didn't|don't|doesn't|wasn't|isn't|weren't|aren't|hasn't|haven't|hadn't|won't|wouldn't|can't|couldn't|without) (limited|restricted|confined)|without limitation)",
    },
    {
      id: "minimisation.only-names-and",
      pattern:
        "(only|merely|just|solely|nothing more than|no more than|limited to|consisted of|consisting of|only included|only contained|only involved|included only|contained only|involved only) [_] (names|name|email|emails|email addresses|contact|basic|limited|usernames|user names|phone numbers|user ids|partial|publicly|public|non-sensitive|hashed|encrypted|business contact|loyalty|first names|postcodes|zip codes|membership numbers|reference numbers|genders|cities|locations|job titles|dates)",
      weight: 0.8,
      negatable: true,
      requires: "(@data|affected|exposed|involved|accessed|included|contained|stolen|taken|leaked|breach|incident|file|set)",
      unless: "((not|didn't|don't|doesn't|wasn't|isn't|weren't|aren't|hasn't|haven't|hadn't|won't|wouldn't|can't|couldn't|without) (limited|restricted|confined)|without limitation|not only|not just|not merely|(limited|small|slim|low) (chance|likelihood|probability|possibility|prospect))",
    },
    {
      id: "minimisation.basic-contact-info",
      pattern:
        "(limited|basic|non-sensitive|nonsensitive|low-sensitivity|low-risk|non-financial|minimal|innocuous|harmless|routine|directory-style|non-confidential) [_] (information|data|details|info|fields)",
      weight: 0.75,
      unless: "(basic (information|details) (about|on|of) (the|our|a|an) (programme|program|product|service|course|event|scheme))",
    },
    {
      id: "minimisation.single-legacy-system",
      pattern:
        "(a single|one|an isolated|an old|an older|a legacy|a test|a testing|a staging|a development|a standalone|a separate|an archived|a backup|a non-production|a sandbox|an unused|a decommissioned|a retired) [legacy|old|older|isolated|unused|test|internal|separate] [_] (server|system|database|environment|machine|laptop|device|spreadsheet|file|bucket|backup|archive|application|instance)",
      weight: 0.75,
      requires: "(affected|compromised|accessed|breached|exposed|impacted|involved|confined|limited|only|was a|was an|not our|restricted|isolated|involved only)",
      unless: "(@attackers|attacker|intruder) * (used|moved|pivoted|through)",
    },
    {
      id: "minimisation.not-production",
      pattern:
        "not (our|the|its|their|a|any) [main|primary] (production|core|main|live|primary|central|customer-facing|operational|principal|critical) (database|databases|systems|system|network|servers|server|environment|platform|infrastructure|data)",
      weight: 0.85,
    },
    {
      id: "minimisation.separate-system",
      pattern:
        "(held|stored|kept|housed|hosted|processed|located|maintained|sits|sit|resides|reside) (in|on|within|by) (a|an) [_] (separate|different|isolated|segregated|distinct|independent|secure|separately secured|unaffected|other) [_] (system|systems|server|servers|database|databases|environment|network|platform|provider|location)",
      weight: 0.85,
      requires: `(${SENSITIVE}|@data|not affected|unaffected|not accessed|not impacted|untouched)`,
    },
    {
      id: "minimisation.core-systems-unaffected",
      pattern:
        "(core|production|main|primary|live|central|critical|clinical|banking|payment|trading|other) (systems|system|databases|database|network|networks|servers|operations|services|platforms|platform|infrastructure) (were|was|are|is|remain|remained|remains|have been|has been|had been) [fully|completely|entirely|all] (not|unaffected|untouched|never|operating normally|running normally|operational|secure|safe|intact|unaffected by|separate|isolated|unharmed|unimpaired|protected)",
      weight: 0.85,
      negatable: true,
    },
    {
      id: "minimisation.not-material",
      pattern:
        "(not|no|unlikely|didn't|don't|doesn't|wasn't|isn't|weren't|aren't|hasn't|haven't|hadn't|won't|wouldn't|can't|couldn't|nor|neither|immaterial|without) ** (material|materially|significant|significantly|meaningful|meaningfully|substantial|substantially) (impact|impacts|affect|affected|adverse|effect|effects|harm|consequences|disruption|risk|bearing|change|damage|loss|losses)",
      weight: 0.85,
    },
    {
      id: "minimisation.material-impact-denied",
      pattern:
        "(material|materially|significant) (impact|effect|adverse effect|adverse impact|affect|affected)",
      weight: 0.8,
      requires: "(not|no|unlikely|didn't|don't|doesn't|wasn't|isn't|weren't|aren't|hasn't|haven't|hadn't|won't|wouldn't|can't|couldn't|nor|neither|immaterial|without|do not|does not|has not|have not)",
    },
    {
      id: "minimisation.immaterial",
      pattern: "(immaterial|not material|not considered material|not expected to be material|not believed to be material|not to be material)",
      weight: 0.85,
      unless: "not material (taken|from|that|which|stolen|obtained|lifted|copied)",
    },
    {
      id: "minimisation.low-risk",
      pattern:
        "(risk|impact|threat|likelihood|chance|danger|harm|exposure) * (is|was|remains|remained|are|were|be|appears|appear|seems|considered) [very|extremely|relatively|quite|fairly|considered|to be|assessed as] (low|minimal|limited|small|negligible|very low|extremely low|remote|slight|minor|modest)",
      weight: 0.8,
      requires: "(@data|@incident|@users|customers|affected|exposed|this|breach|incident|them|you|harm|misuse|fraud|identity theft|we believe|we assess)",
      unless: "(low-risk|low risk) (investment|investments|option|options|profile|area|environment)",
    },
    {
      id: "minimisation.data-low-risk",
      pattern:
        "(@data|details|exposure|incident|it|this|breach) * (is|was|are|were|remains|remain|be) [_] [_] [and] (low-risk|low risk|low-sensitivity|low sensitivity|non-sensitive|nonsensitive|harmless|innocuous|benign|of low sensitivity|of limited sensitivity|not sensitive|not particularly sensitive|not considered sensitive|not deemed sensitive|not regarded as sensitive|not classed as sensitive|not classified as sensitive|not highly sensitive)",
      weight: 0.75,
      negatable: true,
    },
    {
      id: "minimisation.pose-little-risk",
      pattern:
        "(pose|poses|posed|posing|present|presents|presented|carry|carries|carried|represent|represents|represented) [_] (little|no|minimal|low|limited|negligible|only a low|only a small|only limited|a low|a minimal|a limited|very little|no significant|no material|no real|no meaningful|no immediate|no ongoing|no further|minimal or no) [_] (risk|risks|threat|danger|harm)",
      weight: 0.85,
      negatable: true,
    },
    {
      id: "minimisation.low-impact",
      pattern:
        "(minimal|limited|minor|negligible|little|no significant|no meaningful|no material|very limited|very low|low|modest|no real|no lasting|no discernible|no noticeable|no measurable) (impact|effect|disruption|harm|damage|consequences|risk|exposure|affect) (on|to|for) (our|its|the|their|any|@users|customers|users|members|patients|services|operations|care|clinical|people)",
      weight: 0.8,
      negatable: true,
    },
    {
      id: "minimisation.did-not-affect-operations",
      pattern:
        "(did not|didn't|does not|doesn't|has not|hasn't|have not|haven't|will not|won't|is not expected to|are not expected to|was not) [_] (affect|affected|impact|impacted|disrupt|disrupted|interrupt|interrupted|hamper|hampered|compromise|compromised) [our|its|the|their|any] [_] (operations|services|service|ability|business|care|patient care|customers|trading|finances|network|systems|core systems|day-to-day|continuity)",
      weight: 0.75,
      requires: "(@incident|attack|breach|incident|this|it|exposure)",
    },
    {
      id: "minimisation.no-risk-to",
      pattern:
        "(no|little|minimal|low|negligible|no ongoing|no further|no current|no immediate|no increased|very little|very low|only a low|only a small) [_] (risk|threat|danger) (to|for) [our|its|the|any] [_] (customers|users|members|patients|clients|policyholders|account holders|residents|people|individuals|consumers|data|accounts|you|anyone)",
      weight: 0.8,
    },
    {
      id: "minimisation.last-four-digits",
      pattern:
        "((only|just|merely) the (last|final|first) (four|4|two|2|three|3|few|six|6) (digits|numbers|characters)|partial (card numbers|card number|account numbers|account number|credit card numbers|payment card numbers|card details|social security numbers|dates of birth)|truncated (card|account) numbers|masked (card|account) numbers)",
      weight: 0.85,
    },
    {
      id: "minimisation.does-not-allow-access",
      pattern:
        "(does not|doesn't|would not|wouldn't|do not|don't|will not|won't|cannot|can't|could not|couldn't) (allow|enable|permit|let|give) (anyone|criminals|fraudsters|someone|attackers|third parties|a third party|hackers|them|others|anybody) [to] (access|log in|login|log into|withdraw|make transactions|make payments|take money|open accounts|commit fraud|impersonate|gain access|make purchases|transfer money|break into|get into|use your)",
      weight: 0.8,
    },
    {
      id: "minimisation.of-little-value",
      pattern: "(of|has|have|had|holds|hold|with) (limited|little|no|minimal|negligible|low) [real|practical|commercial|resale] (value|use|usefulness|utility)",
      weight: 0.75,
      requires: "(@data|details|numbers|list|file|it|this|they|them)",
    },
    {
      id: "minimisation.no-loss",
      pattern:
        "(did not|didn't|has not|hasn't|have not|haven't|had not|will not|won't|no|without) (result in|resulted in|lead to|led to|cause|caused|suffer|suffered|incur|incurred|experience|experienced|lose|lost|see|seen) [any] [_] (loss|losses|financial loss|financial losses|money|funds|harm|fraud|fraudulent transactions|unauthorised transactions|unauthorized transactions|identity theft|misuse)",
      weight: 0.8,
      requires: "(@users|@data|incident|breach|attack|this|it|accounts|funds|money)",
    },
    {
      id: "minimisation.stale-records",
      pattern:
        "(records|data|entries|accounts|numbers|details|cards|passwords|emails|email addresses) * (were|are|was|is) [mostly|largely|mainly|primarily|predominantly|overwhelmingly|already] [_] (duplicates|duplicated|invalid|inactive|no longer valid|no longer active|no longer in use|expired|dummy|test data|incomplete|closed|deactivated|defunct|cancelled|canceled)",
      weight: 0.7,
    },
    {
      id: "minimisation.no-impact-on",
      pattern:
        `(no|not|nor|without) [any] (impact|effect|disruption|harm) (on|to) [our|its|the|their|any] [_] (customers|users|members|patients|services|service|operations|care|patient care|clinical care|finances|financial results|accounts|clients|policyholders|residents|data|business|${SENSITIVE})`,
      weight: 0.8,
    },
    {
      id: "minimisation.limited-value",
      pattern:
        "(limited|little|low|minimal|no|negligible|not much|not of much|of little|of limited|of no|very little) (value|use|usefulness|utility|interest) (to|for) (criminals|fraudsters|attackers|hackers|scammers|anyone|bad actors|malicious actors|thieves|identity thieves|a criminal|an attacker)",
      weight: 0.85,
      negatable: true,
    },
    {
      id: "minimisation.cannot-be-used",
      pattern:
        "(cannot|can't|could not|couldn't|can not|would not|wouldn't|is not enough|are not enough|is insufficient|are insufficient|not sufficient) [on its own|alone|by itself|themselves|in themselves|be used|be enough|be sufficient|to be used] * (to|be used to) [_] (access|log in|login|log into|withdraw|make transactions|make payments|steal|take money|open accounts|commit fraud|impersonate|gain access|make purchases|transfer money|break into)",
      weight: 0.8,
      requires: "(@data|details|numbers|names|information|this|it|these|them)",
    },
    {
      id: "minimisation.hashed",
      pattern:
        "(passwords|password|data|information|card numbers|numbers|credentials|records|files|details|it) (were|was|are|is|remain|remained|had been|have been|has been|being) * (encrypted|hashed|salted|tokenised|tokenized|scrambled|masked|redacted|anonymised|anonymized|pseudonymised|pseudonymized|protected by encryption|unreadable|truncated|partially hidden)",
      weight: 0.8,
      requires: "(stolen|exposed|affected|accessed|compromised|taken|leaked|involved|breach|incident|attackers|hackers|even if|even though|so|therefore|meaning|which means|useless|unreadable|unusable|cannot be read|can't be read|remain protected|remains protected)",
      unless: "(by (the|a) [_] (ransomware|malware|attackers|hackers|criminals|gang)|by ransomware|by malware|ransomware (encrypted|locked))",
    },
    {
      id: "minimisation.isolated-minor",
      pattern:
        "(a|an|this|the|it was|was|is|was an|was a) [_] (minor|small|isolated|limited|contained|low-level|brief|short-lived|minimal|small-scale|one-off|one-time|single|modest|low-impact|low-severity|minor technical|limited technical) (incident|issue|glitch|exposure|breach|leak|error|problem|matter|event|intrusion|lapse|disruption|compromise)",
      weight: 0.75,
      unless: "(not (a|an|just a|merely a|simply a) [_] (minor|small|isolated|limited|one-off)|far from|more than (a|an))",
    },
    {
      id: "minimisation.no-action-needed",
      pattern:
        "(no action is required|no action is needed|no action needed|no action required|no need to take any action|do not need to take any action|don't need to take any action|need not take any action|no further action is required|nothing you need to do|nothing customers need to do|there is nothing (you|customers|members|users) need to do|(you|customers|members|users) do not need to do anything|(you|customers|members|users) don't need to do anything|no need (for|to) (worry|be alarmed|panic|be concerned))",
      weight: 0.75,
    },
    {
      id: "minimisation.not-as-bad",
      pattern:
        "(not as (serious|bad|severe|significant|large|extensive|widespread) as|far less (serious|severe|significant|extensive) than|much smaller than|overstated|exaggerated|blown out of proportion|overblown|sensationalised|sensationalized|than (initially|first|originally|previously|earlier) (feared|thought|reported|estimated|believed|suggested|claimed|expected))",
      weight: 0.7,
      negatable: true,
      requires: "(@incident|@data|@users|reports|claims|coverage|figures|numbers|impact|scale|scope|this|it|affected|impacted|fewer|smaller|less)",
    },
    {
      id: "minimisation.service-not-affected",
      pattern: `${SERVICE} [_] [_] [_] [_] (was|were|is|are|has|have|had|remain|remains|remained|will) [been|be] (not|never) [been|be] [_] (affected|impacted|disrupted|compromised|interrupted|touched|involved|at risk|hit)`,
      weight: 0.8,
      unless: "(whether|if|until|we cannot|can't say|too early)",
    },
    {
      id: "minimisation.service-continues",
      pattern: `${SERVICE} [_] [_] [_] [_] (continue|continues|continued|continuing|remain|remains|remained|are running|is running|are operating|is operating|were running|was running|are|is|were|was|has|have|will) [to run|to operate|to be|been|continued|continue] [as] (normal|normally|as planned|as usual|throughout|unaffected|uninterrupted|operational|fully operational|safe|secure|safe to use|running as normal|operating as normal|running normally|operating normally|as scheduled)`,
      weight: 0.75,
      unless: "(whether|if|until|not|isn't|aren't|won't|cannot|can't|once|restored|resumed|recovered|back online|after (a|the) [_] [_] (outage|disruption|attack))",
    },
    {
      id: "minimisation.no-systems-affected",
      pattern:
        "(no|none of (our|the|its)|not a single|not one) [_] [_] (systems|system|servers|network|networks|databases|platforms|stores|branches|services|products|customers|customer accounts) [of ours] (was|were|has been|have been|had been|are|is) [_] (affected|impacted|touched|involved|disrupted)",
      weight: 0.8,
    },
    {
      id: "minimisation.not-determined-material",
      pattern:
        "((not|no longer|yet to) [yet] (determined|concluded|found|deemed|considered|believed|expected|assessed|judged|believe|think|expect|anticipate|consider) * (to be|as|was|is|be|will be|would be) material|(none|neither|no one) [_] [_] (has|have|had|was|were|is) [been] material)",
      weight: 0.85,
    },
    {
      id: "minimisation.test-data",
      pattern:
        "(test|dummy|fake|sample|synthetic|placeholder|demo|mock|anonymised|anonymized) (data|records|accounts|information|entries|files|card numbers|details)",
      weight: 0.8,
      requires: "(only|just|merely|simply|rather than|not|instead of|nothing but|no real|no live|no customer|than live|than real)",
      negatable: false,
    },
    {
      id: "minimisation.x-only",
      pattern:
        "(contained|contains|included|includes|consisted of|comprised|held|showed|shows|listed|involved|exposed|affected|revealed) [_] [_] [_] [_] [_] [_] only",
      weight: 0.75,
      requires: "(names|name|email|emails|addresses|street|postcodes|usernames|phone numbers|initials|dates|surnames|towns|cities|membership)",
      unless: "(not only|members only|staff only|for internal use only|invitation only|by appointment only)",
    },
    {
      id: "minimisation.collects-only",
      pattern:
        "(collects|collected|collect|stores|stored|store|holds|held|hold|accesses|accessed|exposed|contains|contained|included|includes|shares|shared|uses|used|affected|involved|took|taken) only (the|basic|limited|minimal|anonymous|anonymised|anonymized|non-sensitive|public|aggregate|aggregated|a small amount of|a limited amount of|_) [_] (data|information|details|names|records|usernames|email addresses|metadata|identifiers)",
      weight: 0.75,
    },
    {
      id: "minimisation.nothing-not-already-shared",
      pattern:
        "(nothing|no information|no data|nothing that) [that] (you|users|people|members|customers|they|anyone) (haven't|hadn't|have not|had not|didn't|did not|hasn't|has not) [already] (shared|posted|published|made public|chosen to share|put online|put out there)",
      weight: 0.8,
    },
    {
      id: "minimisation.in-perspective",
      pattern: "(put|putting|keep|keeping) (this|it|that|things|the incident|the numbers) (in|into) (perspective|proportion)",
      weight: 0.7,
    },
    {
      id: "minimisation.data-sits-elsewhere",
      pattern:
        "(current|live|active|most|all other|remaining|all current|all live|customer|user|member|production) [customer|user|member|_] (data|records|information|accounts) (sits|sit|is held|are held|is stored|are stored|resides|reside|lives|live|is kept|are kept|is hosted|are hosted) (elsewhere|separately|on a separate|in a separate|on separate|in separate|on different|in different)",
      weight: 0.8,
    },
    {
      id: "minimisation.share-unaffected",
      pattern:
        "(share|proportion|percentage|per cent|percent|majority|number|fraction) of (users|customers|members|accounts|people|subscribers|clients|patients) [who were|who are|that were|that are] (unaffected|not affected|not impacted|unimpacted)",
      weight: 0.8,
    },
    {
      id: "minimisation.downplay",
      pattern: "(downplay|play down|playing down|downplaying|downplayed|played down|plays down|downplays) (the|its|this|it|our|any|how|what)",
      weight: 0.7,
      requires: "(@incident|@data|number|numbers|scale|scope|severity|impact|seriousness|extent|users|customers|outage|attack)",
      unless: "(accused|criticised|criticized|critics|refused to|not (downplay|play down)|won't|will not|don't|do not|never)",
    },
    {
      id: "minimisation.described-as-isolated",
      pattern:
        "(~describe|~call|~characterise|~characterize|~term|~label|~dismiss|~portray|~present|~frame) [the|it|this|that] [_] [_] [_] [as] [a|an] (isolated|minor|limited|small|one-off|rare|contained|low-level|blip|rare event|one-time|minimal|isolated incident|rare occurrence|minor incident|minor issue)",
      weight: 0.75,
      unless: "(not (a|an) (isolated|minor|one-off)|far from)",
    },
    {
      id: "minimisation.a-one-off",
      pattern: "(was|is|as|be|been|it's|this was|this is) [just|merely|simply|only] (a|an) (one-off|rare event|rare occurrence|blip|minor blip|temporary blip|isolated incident|isolated case|isolated event|isolated occurrence|one-time event|freak event|freak occurrence)",
      weight: 0.75,
    },
    {
      id: "minimisation.nothing-since-involved",
      pattern:
        "(nothing|no data|no information|none of the data|no records|no accounts) [_] [_] (since|after|from after) ** (is|was|were|are|has been|have been|had been) [_] (involved|affected|included|exposed|impacted|at risk)",
      weight: 0.75,
    },
    {
      id: "minimisation.safeguards-worked",
      pattern:
        "(safeguards|defences|defenses|controls|protections|security measures|security systems|security controls|monitoring|our systems|our security) (did their job|did its job|worked|held|held up|worked as intended|worked as designed|worked as they should|worked as expected|were effective|proved effective|kicked in|functioned as intended|stopped|caught|detected)",
      weight: 0.7,
      unless: "(not|never|failed|didn't|did not|whether|if)",
    },
    {
      id: "minimisation.only-works-on",
      pattern:
        "only (works|work|worked|applies|apply|applied|affects|affect|affected|impacts|impacted|relates|related|concerns|concerned|involves|involved|exposed|hit) (on|to|a|the|certain|some|older|legacy|a small|a limited|a handful|customers|users|accounts|vehicles|devices|models|people|members)",
      weight: 0.75,
      unless: "(not only|if only)",
    },
    {
      id: "minimisation.set-to-public",
      pattern: "(set|marked|switched|configured) [_] [_] (to|as) (public|publicly visible|visible to everyone|everyone|anyone)",
      weight: 0.75,
      requires: "(@users|had|have|their|profile|profiles|information|data)",
      unless: "(can|could|may|choose|chooses|lets|allow|allows|option|whether|if)",
    },
    {
      id: "minimisation.nothing-indicates-misuse",
      pattern:
        "(nothing|no information|no data|none of our monitoring|no analysis|no finding) [so far|yet|to date|currently] (indicates|suggests|shows|points to|tells us) [that] ** (used|misused|exploited|abused|sold|published|shared|leaked|fraud|fraudulent|harm)",
      weight: 0.8,
    },
    {
      id: "minimisation.fewer-than-of-base",
      pattern:
        "(fewer than|less than|under|only|just|a tiny fraction|a small fraction|a fraction) [_] [_] (of|out of) (our|its|their|the company's|the bank's|the insurer's) [_] [_] [_] (@users|accounts|policyholders|customers|members|users|subscribers|clients|patients|records|account holders)",
      weight: 0.8,
    },
    {
      id: "minimisation.no-longer-work",
      pattern:
        "(~email|~address|addresses|~number|~account|~password|~card|~record|~detail|details|data|credentials|information) ** no longer (work|works|valid|in use|active|current|used|exist|functional|usable|accurate|up to date)",
      weight: 0.75,
    },
    {
      id: "minimisation.no-evidence-it-happened",
      pattern: "(no|not any|little) [_] (evidence|indication|sign|signs|suggestion) (that|this|it) [_] (had|has|have|was|were) (been done|happened|occurred|taken place|been the case|been used|been misused)",
      weight: 0.8,
      requires: "(access|accounts|account|messages|@data|photos|posts|information|details|misuse|exploited|took advantage)",
      unless: "(breach|breached|hack|hacked|intrusion|broke into|broken into) ** (no|not any) [_] (evidence|indication|sign)",
    },
    {
      id: "minimisation.absence-of-sensitive",
      pattern: `(absence|lack) of [any] [_] ${SENSITIVE}`,
      weight: 0.8,
      requires: "(data|file|files|records|breach|incident|emphasi*|stress|highlight|leak|exposure)",
    },
    {
      id: "minimisation.contained-no-sensitive",
      pattern: `(contained|contains|included|includes|held|holds|involved|involves|exposed|revealed|had|has) no ${SENSITIVE}`,
      weight: 0.85,
    },
    {
      id: "minimisation.one-way-hash",
      pattern: "(stored|protected|kept|secured|saved|held) (using|with|as|by) [a|an] (one-way|salted|strong|cryptographic|irreversible|salted and) [cryptographic] (hash|hashes|hashing|hashed)",
      weight: 0.75,
    },
    {
      id: "minimisation.years-to-crack",
      pattern: "(millions|billions|thousands|hundreds|trillions) of years to (guess|crack|decrypt|brute-force|brute force|break|have)",
      weight: 0.8,
    },
    {
      id: "minimisation.remain-encrypted",
      pattern:
        "(remain|remains|remained|are|were|stay|stays|stayed|is|was) [fully|securely|safely|still] (secured|protected|safe|encrypted) (with|by|using|under|behind) [_] [_] [_] (encryption|aes|hashing|aes-256|256-bit)",
      weight: 0.75,
    },
    {
      id: "minimisation.no-indication-sensitive",
      pattern: `(no|not|nothing|without|never) [seen|found|any|have|had] [any|seen|found] [_] (evidence|indication|indications|sign|signs|suggestion) (that|of) ** ${SENSITIVE}`,
      weight: 0.8,
      negatable: false,
      requires: EXPOSE_VERB,
    },
    {
      id: "minimisation.ongoing-activity",
      pattern:
        "(no|not any|nothing|without|zero) [current|credible|further] [_] (evidence|indication|sign|signs|trace) of (ongoing|further|continued|continuing|additional|subsequent|new) [_] (malicious activity|unauthorised access|unauthorized access|activity|intrusion|compromise|access|attacker activity|threat activity)",
      weight: 0.8,
    },
    {
      id: "minimisation.not-part-of-files",
      pattern: `${SENSITIVE} ** (were|was|are|is) (not|never) (part of|among|in|included in|contained in|held in|stored in|present in) (the|those|these|any|what)`,
      weight: 0.8,
      requires: `(${EXPOSE_VERB}|files|data|records|set)`,
    },
    {
      id: "minimisation.relate-to-former",
      pattern:
        "(relate|relates|related|belong|belongs|belonged|pertain|pertains|refer|refers) (largely|mostly|mainly|primarily|chiefly|predominantly|only|almost entirely|exclusively|overwhelmingly) to (former|past|inactive|old|closed|dormant|lapsed|expired|historic|historical|deceased)",
      weight: 0.8,
    },
    {
      id: "minimisation.data-was-limited",
      pattern:
        "(data|information|exposure|impact|scope|damage|access|details|breach|incident) [_] [exposed|affected|involved|accessed|taken] (was|is|were|remains|remained|has been|had been) [very|extremely|relatively|fairly|quite|strictly|highly] (limited|minimal|small|modest|minor|narrow)",
      weight: 0.8,
      unless: "(not|never|wasn't|weren't|isn't|aren't) [very|so|that] (limited|minimal|small|minor)",
    },
    {
      id: "minimisation.unlikely-used-for-fraud",
      pattern:
        "(unlikely|improbable|doubtful|little chance|low likelihood|low probability|no reason to believe) ** (used|misused|exploited|abused) (for|in|to commit|to carry out) [_] (fraud|identity theft|fraudulent|scams|phishing|crime)",
      weight: 0.8,
    },
    {
      id: "minimisation.mostly-harmless",
      pattern:
        "(mostly|largely|generally|entirely|completely|relatively|usually|essentially|basically|broadly|totally|pretty) (harmless|benign|innocuous|inconsequential|trivial|low-risk|low risk)",
      weight: 0.75,
      requires: "(@incident|@attack|@data|probing|probe|scans|scanning|attempts|this|it|these|activity|traffic)",
    },
    {
      id: "minimisation.storm-in-teacup",
      pattern:
        "(storm in a teacup|tempest in a teapot|much ado about nothing|a non-event|non-event|a non-story|non-story|nothingburger|nothing burger|making a mountain out of|mountain out of a molehill)",
      weight: 0.8,
      negatable: false,
    },
    {
      id: "minimisation.just-a-phone-book",
      pattern:
        "(is|was|it's|are|were) [really|just|basically|essentially|simply|little more than|nothing more than|no more than|effectively] (a|an) [glorified|fancy|old] (phone book|phonebook|telephone directory|telephone book|white pages|mailing list|address book)",
      weight: 0.75,
    },
    {
      id: "minimisation.very-little-in-it",
      pattern:
        "(very little|little|not much|hardly anything|almost nothing|next to nothing|nothing much) (in it|in there|in the file|in the data|in the list|in the set|of value|of use|useful|of interest|that could harm) [about you|for criminals|to criminals|to anyone]",
      weight: 0.75,
      requires: "(file|data|list|set|snapshot|circulating|it|there|records|dump)",
    },
    {
      id: "minimisation.no-customer-lost-money",
      unless: "(track record|in (forty|thirty|twenty|fifty|ten|a hundred|100) years|on our watch|in our history|ever since)",
      pattern:
        "(no|not a single|not one|none of our) (customer|customers|user|users|member|members|client|clients|depositor|depositors|one|account holder|account holders|policyholder) (lost|has lost|have lost|had lost|suffered|was out of pocket|were out of pocket|lost out) [any] (money|funds|a penny|a cent|a single penny|a financial loss|financial loss|out)",
      weight: 0.8,
    },
    {
      id: "minimisation.held-x-not-personal",
      pattern:
        "(held|contained|stored|included|holds|contains|stores|includes|covered|involved) ** not [any] (pupil|patient|customer|student|personal|financial|medical|payment|employee|staff|user|member|client|sensitive|private|health) [_] (records|data|information|details|files)",
      weight: 0.8,
    },
  ],
  hits: [
    "The exposed folder held shift rotas, not patient records.",
    "Honestly, this is a storm in a teacup.",
    "The files that were copied contained no payment information.",
    "The information did not include financial information, health information or passwords.",
    "It does include publicly viewable member profile data, and no private member account data from LinkedIn was included in what we've been able to review.",
    "The data referred to is all public profile information from our app, which anyone can access via the app or our API.",
    "Zuckerberg assured users that passwords and credit card information were not accessed.",
    { text: "Key messages: the file held only names and email addresses, and card details are kept in a separate system that was not touched.", mode: "directive" },
    { text: "We should emphasise that a tiny fraction of our members were affected.", mode: "directive" },
    { text: "The bank said there was no indication that any of the stolen details had been used fraudulently.", mode: "reported" },
    { text: "In a filing, the company said it did not expect the incident to have a material effect on its results.", mode: "reported" },
    "Fewer than 2 percent of our customers were affected.",
    "Only a few hundred accounts may have been exposed.",
    "The intrusion was confined to one legacy server used for archived newsletters.",
    "Our core banking systems remained fully operational and secure throughout.",
    "The leaked records hold little value for fraudsters because they lack full card numbers.",
    "The stolen passwords were hashed and salted, so they cannot easily be read.",
    "This information is already in the public domain.",
    "Most of the people listed had chosen to make their phone numbers visible to everyone.",
    "The risk to affected customers is very low.",
    "This was an isolated incident with minimal impact on our customers.",
    "The company said the exposed data was largely historical and low-risk.",
    "The threat actor did not access customer data or encrypted password vaults.",
    "Card payments and online banking were not affected at any point.",
    "The spreadsheet held names and postcodes only.",
    { text: "The trust said patient care had continued as normal throughout.", mode: "reported" },
    "Fewer than 300 of our 2 million members were involved.",
  ],
  misses: [
    "The incident was contained within hours.",
    "Under Irish law, people whose data was exposed may claim damages.",
    "In thirty years, not one customer has lost a penny to fraud on our watch.",
    "Avoid saying 'no evidence of misuse' until the forensic work is done.",
    "There is only a limited chance that paying the ransom would get the data back.",
    "This was not a minor incident, and we will not pretend otherwise.",
    "We will make the findings of the independent review publicly available.",
    "According to public records, the company was founded in 1998.",
    "There is no evidence that our systems were breached.",
    "The stolen files include bank details, passport scans and medical notes.",
    "A small number of staff will move to the new office in March.",
    "The breach affected about 9.8 million current and former customers, the company confirmed.",
    "Anyone can apply for a replacement card online.",
    "Is the risk to customers low?",
    "The stolen data was encrypted by the ransomware.",
    "Our data includes, but is not limited to, names and email addresses.",
    "The airline said flights were operating normally after systems were restored.",
    "The phrase 'no evidence of misuse' appears in most breach letters, a study found.",
  ],
} satisfies StrategyDef;
