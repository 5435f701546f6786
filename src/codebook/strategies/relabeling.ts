import type { StrategyDef } from "../types.js";

// Words that give an alternative account of how the data came out (needed next to a bare "not a hack").
const ACCOUNT =
  "(scrap*|publicly|public|aggregat*|compil*|stitched|assembled|harvest*|enumerat*|reused|re-used|recycled|repackag*|rehash*|credential stuffing|password spraying|other websites|other sites|other services|other companies|other platforms|other breaches|previously leaked|previously published|previously exposed|already public|old data|existing data|contact importer|automated|pieced|cobbled|matched|matching|lookup|look up|looked up|search tool|feature|api|reusing|recycling|phish*|social engineering|sim swap|sim-swap|sim swapping|own passwords|own password|valid credentials|valid passwords|legitimate credentials|correct passwords|real passwords|front door)";
// Definitions of the technique are not a relabeling of an event.
const DEFINITION =
  "((scraping|stuffing|spraying|enumeration|aggregation|harvesting) (is|are|refers|means|describes|involves)|is (a|an|the) (technique|method|practice|process|term|attack|type)|(technique|method|practice|process) (where|in which|whereby|of))";
const BREACH_WORD =
  "(hack|hacking|hacked|breach|breached|breaching|data breach|security breach|intrusion|compromise|compromised|break-in|breaking into|broke into|break into|broken into|break in|broke in|broken in|breaking in|hack in|hacked in|hacking in|cyberattack|cyber-attack|cyber attack|infiltration|penetration|attack on our systems|weakness|vulnerability|flaw|bug)";

export default {
  id: "relabeling",
  label: "Relabeling",
  family: "deny",
  theory:
    "Benoit: denial shading into differentiation (the act is renamed as something less offensive than a breach); SCCT: deny / diminish",
  definition:
    "The event is recast as something other than a breach or hack, with an alternative account of how the data came out: scraping, aggregation of public data, reused passwords from other sites, abuse of a public feature, a repackaged old data set.",
  questions: [
    "Whatever you call it, the data of your users ended up in the hands of criminals: what is the practical difference for them?",
    "If this was 'only scraping', why was your feature able to return private phone numbers and email addresses in bulk?",
    "When did you first learn that the feature could be abused this way, and what did you do about it then?",
    "Who decided to describe the event as something other than a breach, and on what evidence?",
  ],
  cues: [
    {
      id: "relabeling.not-hacking-but",
      pattern: `(not|didn't|don't|doesn't|wasn't|isn't|weren't|aren't|hasn't|haven't|hadn't|won't|wouldn't|can't|couldn't|never|rather than|instead of) [through|by|via|from|as a result of|the result of|because of|due to] [a|an|any] [_] ${BREACH_WORD} ** (but|rather|instead|it was|they were|was|were) ** (scrap*|aggregat*|compil*|harvest*|collect*|gather*|assembl*|stitch*|piec*|enumerat*|reused|re-used|recycled|stolen|leaked|obtained|taken|public*|automated|using|abusing|misusing|matching|matched|repackag*|reusing|recycling|phish*|social engineering|sim swap*|own passwords|valid credentials)`,
      weight: 0.9,
      unless: DEFINITION,
    },
    {
      id: "relabeling.not-a-hack-with-account",
      pattern: `(not|didn't|don't|doesn't|wasn't|isn't|weren't|aren't|hasn't|haven't|hadn't|won't|wouldn't|can't|couldn't|never|no|rather than|instead of) [been] [through|by|via|from|the result of|a result of|because of|due to] [a|an|any|the] [_] [_] ${BREACH_WORD}`,
      weight: 0.85,
      requires: ACCOUNT,
      unless: `(${DEFINITION}|(what|where) we (got|did) wrong|our (failure|fault|mistake))`,
    },
    {
      id: "relabeling.not-taken-from-our-systems",
      pattern:
        "(not|didn't|don't|doesn't|wasn't|isn't|weren't|aren't|hasn't|haven't|hadn't|won't|wouldn't|can't|couldn't|never|rather than|instead of) [been] (taken|stolen|obtained|accessed|extracted|exfiltrated|removed|downloaded|lifted|copied|pulled) (from|out of) (our|its|their|the company's|the bank's) [own] [_] (systems|system|servers|server|network|networks|databases|database|platform|infrastructure|records)",
      weight: 0.8,
      requires: ACCOUNT,
    },
    {
      id: "relabeling.was-scraped",
      pattern:
        "(was|were|is|are|had been|has been|have been|appears to have been|appear to have been|appears to be|appear to be|been|likely|probably|apparently) [_] (scraped|harvested|aggregated|compiled|scraped together|stitched together|pieced together|put together|pulled together|cobbled together|repackaged|recompiled|re-compiled|culled|mined) (from|by|using|through|via|off|out of|with|together)",
      weight: 0.8,
      requires: "(@data|list|lists|file|files|profiles|numbers|accounts|emails|email addresses|phone numbers|set|sets|it|they|this|that)",
      unless: `(${DEFINITION}|(report|study|survey|analysis|statistics|figures|index|ranking) (was|were|is|are) (compiled|put together))`,
    },
    {
      id: "relabeling.was-scraped-bare",
      pattern:
        "(was|were|had been|has been|have been|appears to have been|appear to have been|been) [_] (scraped|scraped together|stitched together|pieced together|cobbled together|repackaged|recompiled|re-compiled)",
      weight: 0.75,
      requires: "(we|our|us|that|this|which|these|it|its)",
      unless: DEFINITION,
    },
    {
      id: "relabeling.collected-from-public",
      pattern:
        "(scraped|scraping it|scraping them|aggregated|compiled|compiling it|harvested|assembled|stitched|pieced|cobbled|gathered|collected|pulled|drawn|sourced|culled|lifted|taken|obtained|mined|copied|an aggregation of|a compilation of) ** from (public|publicly|openly|open|various|several|multiple|a number of|numerous|many|other|different|third-party|existing|earlier|previous|older|old|unrelated|external|online) [_] [_] (sources|websites|sites|profiles|profile|pages|directories|records|data|information|platforms|companies|services|breaches|leaks|incidents|forums|databases|data sets|datasets|lists|apps|social media)",
      weight: 0.8,
      requires: "(@data|list|lists|file|files|profiles|numbers|accounts|emails|set|sets|material)",
      unless: `(${DEFINITION}|(report|study|survey|analysis|statistics|figures|index|ranking|article|review) (was|were|is|are) [_] (compiled|drawn|based))`,
    },
    {
      id: "relabeling.collected-by-bots",
      pattern:
        "(collected|gathered|harvested|pulled|copied|downloaded|extracted|lifted|compiled|obtained|scraped|taken|assembled) (by|using|with|via|through) [_] (automated|bots|scrapers|scraping|software|scripts|crawlers|crawler|bot|tools|scraping tools|automated tools|automated software)",
      weight: 0.8,
      unless: DEFINITION,
    },
    {
      id: "relabeling.ran-a-script",
      pattern:
        "(ran|running|run|runs|used|using|uses|wrote|written|deployed|deploying|pointed|set up) [a|an|automated|simple|custom] [_] (script|scripts|bot|bots|scraper|scrapers|crawler|crawlers|automated tool|automated tools|program|programs|software|tool|tools) (against|on|over|to query|to scrape|to harvest|to collect|to pull|to search|to crawl|to look up|to enumerate|to match|to copy|to download)",
      weight: 0.8,
      requires: "(public|publicly|open|directory|profiles|profile|pages|search|lookup|api|numbers|feature|tool|site|website|platform)",
      unless: `(${DEFINITION}|(vulnerability|flaw|bug|exploit|malware|ransomware))`,
    },
    {
      id: "relabeling.scraped-public-data",
      pattern:
        "(is|was|are|were|nothing more than|nothing but|simply|merely|just|only|consists of|consisted of|contains only|amounts to|essentially|basically) [_] (scraped|aggregated|compiled|harvested|repackaged|recycled|previously leaked|previously published|rehashed) [public|publicly available|publicly accessible|profile|old|existing|contact] (data|information|profiles|records|details|material|content|contact details|lists|list|email addresses|phone numbers)",
      weight: 0.8,
      unless: DEFINITION,
    },
    {
      id: "relabeling.credentials-obtained-elsewhere",
      pattern:
        "(obtained|stolen|stole|bought|purchased|acquired|harvested|sourced|gathered|collected|phished|reused|re-used|recycled) [valid|legitimate|genuine|real|working|the|their|customers'|users'] [_] (passwords|credentials|login details|logins|login credentials|login information|usernames and passwords|email and password combinations|password combinations) (from|in|on|at|elsewhere|through|via) [_] [_] (other|external|third-party|third party|unrelated|previous|earlier|prior|another|different|outside|older|past|separate|elsewhere|breaches|leaks|phishing|an external|a third-party|another)",
      weight: 0.85,
      unless: "((employee|employee's|employees|staff|contractor|contractor's|vpn|administrator|admin|engineer|engineer's) )",
    },
    {
      id: "relabeling.aggregation-from",
      pattern:
        "(an|a|the) [_] (aggregation|compilation|amalgamation|collection|mashup|mash-up|patchwork) (from|drawn from|sourced from|of data from|of information from|pulled from|assembled from) [_] (various|several|multiple|a number of|numerous|many|other|public|different|publicly|earlier|previous|older|old|unrelated|external)",
      weight: 0.85,
      unless: DEFINITION,
    },
    {
      id: "relabeling.aggregation-of",
      pattern:
        "(an|a|the) [_] (aggregation|compilation|amalgamation|mashup|mash-up|patchwork|repackaging|rehash|recompilation|combination|mix|mixture|collation) of [_] [_] (data|information|material|records|details|profiles|lists|leaks|breaches|files|sources|websites|sites|companies|previously|old|older|existing|public|publicly|several|multiple|various|many|different|other|earlier|past|prior|recycled|leaked)",
      weight: 0.85,
      unless: DEFINITION,
    },
    {
      id: "relabeling.repackaged-old",
      pattern:
        "(repackaged|re-packaged|recycled|rehashed|recompiled|re-compiled|re-released|rebranded|reposted|re-posted) [_] (data|information|material|records|leak|leaks|breach|breaches|data set|dataset|data sets|datasets|list|lists|compilation|dump|dumps|files|content)",
      weight: 0.8,
      unless: "((recycled|reused|re-used) (paper|materials|plastic|water)|stop (recycling|reusing))",
    },
    {
      id: "relabeling.previously-leaked-data",
      pattern:
        "(previously|already|earlier|formerly|long since|once) (leaked|breached|exposed|published|stolen|compromised|released|circulated|circulating|available|posted|dumped|disclosed) (data|information|records|credentials|passwords|material|lists|data sets|datasets|files|details)",
      weight: 0.75,
      requires: "(compil*|aggregat*|combin*|recycl*|repackag*|made up of|consist*|drawn from|comes from|came from|originat*|taken from|sourced from|matching|matched|from other|not from|rather than|instead of|not a new|not new)",
    },
    {
      id: "relabeling.combined-with",
      pattern:
        "(~combine|merged|~match|~cross-reference|~cross-check|~link|~pair) [_] * with (data|information|records|details|passwords|credentials|lists) (from|taken from|stolen from|leaked from|exposed in|obtained from) [_] [_] (other|previous|earlier|older|public|unrelated|third-party|past|prior|separate|external)",
      weight: 0.8,
    },
    {
      id: "relabeling.credentials-from-elsewhere",
      pattern:
        "(passwords|password|credentials|login details|logins|login credentials|login information|login info|account credentials|user credentials|usernames|email and password|username and password|account details|sign-in details) * (recycled|reused|re-used|stolen|leaked|exposed|obtained|taken|compromised|harvested|breached|bought|purchased|phished) (from|in|on|at|during|through|via) [_] [_] (other|third-party|third party|unrelated|previous|earlier|prior|another|different|external|older|past|separate|outside) [_] [_] (websites|website|sites|site|services|service|companies|company|platforms|platform|breaches|breach|incidents|incident|sources|leaks|leak|apps|providers|accounts|retailers|organisations|organizations|data breaches)",
      weight: 0.9,
    },
    {
      id: "relabeling.reused-passwords",
      pattern:
        "(reused|re-used|recycled|the same|previously exposed|previously leaked|previously compromised|already compromised|stolen) [their|old|existing|the same] [_] (passwords|password|credentials|login credentials|login details|logins|usernames and passwords|username and password combinations|password combinations)",
      weight: 0.75,
      requires: "(used|using|logged|log in|logged in|logging in|accessed|access|entered|tried|sign in|signed in|break into|broke into|took over|taken over|take over|gained access|matching|matched|account takeover|credential stuffing)",
      unless: `(${DEFINITION}|(stop|avoid|don't|do not|never|not to) (reusing|recycling|reuse|recycle|use the same|using the same)|we (recommend|encourage|urge|advise)|please|(@attackers|attacker|attackers|hackers|hacker|intruder|intruders) (reused|re-used|recycled)|(employee|employee's|employees|staff|contractor|contractor's|vpn|administrator|admin|engineer|engineer's) )`,
    },
    {
      id: "relabeling.credential-stuffing",
      pattern:
        "(through|by|via|using|used|in|of|from|was|were|is|as|a|an|involved|involving|result of|consistent with|caused by|due to|because of|known as|called|form of|type of) [_] (credential stuffing|credential-stuffing|password spraying|password-spraying|brute-force login|account takeover|credential reuse|password reuse)",
      weight: 0.8,
      unless: `(${DEFINITION}|protect (yourself|your account) against)`,
    },
    {
      id: "relabeling.abused-feature",
      pattern:
        "(used|using|uses|abused|abusing|abuses|misused|misusing|misuses|took advantage of|taking advantage of|takes advantage of|manipulated|manipulating|gamed|gaming|queried|querying) (our|its|their|the company's|the platform's|the app's|the bank's|a legitimate|a normal|a public|an ordinary|the) [own] [public|publicly available|publicly accessible|legitimate|normal|standard|ordinary|open] [_] [_] (feature|features|tool|tools|function|functionality|importer|contact importer|search|search tool|lookup|look-up|lookup tool|api|apis|interface|endpoint|password reset|account recovery|sync|upload|friend finder|people search|directory|search bar|search function|search page)",
      weight: 0.8,
      requires: "(public|publicly|legitimate|normal|ordinary|open|contact|search|lookup|look-up|look up|import|importer|upload|sync|friend|directory|recovery|reset|numbers|one by one|one at a time|en masse|in bulk|automated|scrap*|compil*|collect*|gather*|harvest*|enumerat*)",
      unless: "((vulnerability|flaw|bug|weakness|hole|misconfiguration|exploit) (in|of) (our|its|the)|(~fail|~neglect) to)",
    },
    {
      id: "relabeling.used-public-interface",
      pattern:
        "(used|using|abused|abusing|misused|misusing|queried|querying|exploited the functionality of|leveraged|leveraging) (publicly accessible|publicly available|public|public-facing|open|legitimate) [_] (api|apis|interface|interfaces|endpoint|endpoints|tool|tools|search|feature|features|lookup|functionality|function|directory|directories)",
      weight: 0.8,
      unless: "((vulnerability|flaw|bug|weakness|exploit|misconfigured|unsecured|unprotected) (in|of|on)|(~fail|~neglect) to)",
    },
    {
      id: "relabeling.misuse-of-feature",
      pattern:
        "(misuse|abuse|manipulation|exploitation|gaming) of (our|its|their|the company's|the platform's|a legitimate|a normal|a public|the) [own] [public|legitimate|normal|standard|ordinary|open] [_] [_] (feature|features|tool|tools|function|functionality|importer|contact importer|search|search tool|lookup|api|apis|interface|endpoint|password reset|account recovery|sync|upload|friend finder|people search|directory)",
      weight: 0.8,
    },
    {
      id: "relabeling.feature-was-abused",
      pattern:
        "(feature|tool|function|functionality|importer|api|interface|endpoint|search|lookup) [that|which] ** (was|were|had been|has been|have been) [_] (abused|misused|gamed|manipulated|used to scrape|used to collect|used to harvest|used to compile|used to match|used to enumerate|used to look up|queried)",
      weight: 0.8,
      unless: "((vulnerability|flaw|bug|weakness|exploit) (in|of)|(~fail|~neglect) to)",
    },
    {
      id: "relabeling.one-by-one",
      pattern:
        "(~look|looked|~query|~search|~check|~match|~try|tried|~enter|~upload|~feed|fed|~run|ran) ** (one by one|one at a time|in bulk|en masse|by the thousand|by the million|at scale|automatically|systematically)",
      weight: 0.75,
      requires: "(public|publicly|tool|feature|search|lookup|importer|api|numbers|phone numbers|email addresses|profiles|contacts|stitched|compiled|combined|together)",
      unless: DEFINITION,
    },
    {
      id: "relabeling.bots-copying",
      pattern:
        "(bots|scrapers|crawlers|automated tools|automated software|automated scripts|scripts|software|someone|somebody|people|actors|fraudsters|criminals|scammers) [_] (copying|copied|collecting|collected|harvesting|harvested|scraping|scraped|pulling|pulled|downloading|downloaded|lifting|lifted|gathering|gathered|compiling|compiled|saving|saved|mass-downloading|recording|recorded) [_] [_] (public|publicly|open|openly|profile|profiles|pages|page|information|data|numbers|details)",
      weight: 0.75,
      requires: "(what happened|this incident|this case|happened here|this data|the data|this file|the file|these records|this list|the list|this time|in this case|that is how|this is how|how this|how the data|this is what|that is what)",
      unless: DEFINITION,
    },
    {
      id: "relabeling.enumeration",
      pattern: "(~enumerate|enumeration) [_] [_] (phone numbers|numbers|user ids|ids|accounts|profiles|email addresses|emails|usernames|records|contacts|users|members|customers|identifiers)",
      weight: 0.75,
      unless: DEFINITION,
    },
    {
      id: "relabeling.via-public-api",
      pattern:
        "(accessed|access|accessible|obtained|retrieved|pulled|collected|gathered|downloaded|queried|looked up|available|visible|viewable|found) (via|through|using|from|in|on) (our|the|its|their|a) [public|publicly available|open|official|standard] [_] (api|apis|app|interface|endpoint|search|lookup|website|site|profile pages|public profiles)",
      weight: 0.7,
      requires: "(anyone|any user|anybody|everyone|public|publicly|openly|open to all)",
      unless: "((vulnerability|flaw|bug|weakness|exploit|misconfigured|unsecured|unprotected|exposed) |@attackers|intruder|(~fail|~neglect) to)",
    },
    {
      id: "relabeling.public-data-aggregated",
      pattern:
        "(public|publicly available|publicly accessible|publicly viewable|publicly visible|openly available|open|open-source|freely available) [profile|member|user|customer] (data|information|info|details|profiles|profile information|profile data|records) (that|which) * (was|were|had been|has been|have been|someone|somebody|they|scrapers|bots) [_] (aggregated|compiled|scraped|collected|gathered|combined|assembled|harvested|pulled|copied|put together|stitched together|pieced together|downloaded|lifted)",
      weight: 0.85,
    },
    {
      id: "relabeling.describe-as",
      pattern:
        "(~describe|~call|~refer|~characterise|~characterize|~frame|~present|~position|~treat|~label|labelled|labelling|~term|~portray|~cast|~explain|~classify|~categorise|~categorize) * (this|it|the event|the incident|the leak|the exposure|the matter|what happened|the data set|the episode|the story|the issue) [to] [_] as [a|an] [_] [_] (scraping|scraped|aggregation|aggregated|collection|compilation|compiled|data aggregation|credential stuffing|misuse|abuse|repackaged|recycled|public data|publicly available|public information|automated collection|harvesting|enumeration|lookup|account takeover|old data set)",
      weight: 0.85,
    },
    {
      id: "relabeling.is-a-scraping-incident",
      pattern:
        "(this|it|that|the incident|the leak|the exposure|the event|what happened|the episode|the matter|the data set|the issue) (is|was|has been|remains|appears to be|looks like|seems to be) [a|an|simply|merely|just|only|essentially|basically|really|instead|rather] [a|an|case of|instance of|matter of|example of] [_] (scraping|aggregation|credential stuffing|data aggregation|data scraping|web scraping|password reuse|credential reuse|automated collection|account takeover|repackaging|compilation) [_]",
      weight: 0.8,
      unless: DEFINITION,
    },
    {
      id: "relabeling.avoid-breach-word",
      pattern:
        "(avoid|steer clear of|stay away from|not use|never use|don't use|do not use|shouldn't use|should not use|refrain from using|stop using|no one should use|nobody should use) [the|any|using|saying] [_] (word|words|term|terms|language|label|labels|phrase|phrases|wording|phrasing|vocabulary|framing) ** (breach|breached|hack|hacked|hacking|leak|leaked|attack|attacked|stolen|theft|compromise|compromised|intrusion)",
      weight: 0.85,
      requires: ACCOUNT,
    },
    {
      id: "relabeling.dont-call-it-a-hack",
      pattern:
        "(no|not|never|avoid|stop|refrain from|nobody|no one|neither|shouldn't|should not|don't|do not|won't|will not|can't|cannot) * (~call|~describe|~refer to|~characterise|~characterize|~label|~term|~frame|~treat|~present|~report) * (this|it|the incident|the event|what happened|the matter|the leak|the exposure) * as [a|an] [_] (hack|breach|data breach|security breach|intrusion|cyberattack|cyber-attack|attack|compromise|leak)",
      weight: 0.8,
    },
  ],
  hits: [
    "It is important to understand that malicious actors obtained this data not through hacking our systems but by scraping it from our platform prior to September 2019.",
    "We believe the data in question was scraped from people's Facebook profiles by malicious actors using our contact importer prior to September 2019.",
    "It does include publicly viewable member profile data that appears to have been scraped from LinkedIn.",
    "The data set appears to be an aggregation of data from a number of websites and companies.",
    "This was not a break-in: someone fed lists of phone numbers into our public lookup tool one at a time and stitched the answers together.",
    "The accounts were accessed with credentials stolen from other companies' breaches, not through any vulnerability in our systems.",
    "The file is a repackaged compilation of older leaks rather than anything new.",
    { text: "Key messages: describe the event as automated collection of public profile information, not as a hack.", mode: "directive" },
    { text: "We should stress that this is public information that was aggregated by third parties.", mode: "directive" },
    { text: "Avoid using the word 'breach' in customer communications; this was automated harvesting of public profiles.", mode: "directive" },
    { text: "The company said the list had been pieced together from public directories rather than taken from its own servers.", mode: "reported" },
    { text: "The retailer insisted it was not hacked, saying fraudsters had logged in with passwords reused from other sites.", mode: "reported" },
    "Bad actors abused our password reset feature to confirm which email addresses had accounts.",
    "What happened is a case of credential stuffing.",
    "Unauthorised parties used publicly accessible interfaces to compile the information.",
    "Threat actors got into the accounts with login information that users had reused from other websites.",
    "The information appears to have been combined with data taken from previous third-party breaches.",
    "The data referred to is all public profile information from our app, which anyone can access via the app or our API.",
  ],
  misses: [
    "This incident is not, as some have suggested, a simple case of scraping; attackers exploited a flaw in our code, and we should have caught it sooner.",
    "Scraping is the automated extraction of data from websites by software bots.",
    "Credential stuffing is an attack in which stolen username and password pairs are tried automatically on other websites.",
    "The scraped profiles were first offered for sale on a hacker forum in June.",
    "Clearview AI's database contains billions of images scraped from social media sites, according to court filings.",
    "We were not breached.",
    "Please stop reusing the same password across different sites.",
    "The annual report was compiled from figures supplied by every business unit.",
    "Our price comparison service runs on licensed feeds from retailers; we scrape no one's website.",
    "Attackers exploited a vulnerability in our API to download customer records.",
    "Do not use the word 'hack' in any external materials.",
  ],
} satisfies StrategyDef;
