import type { StrategyDef } from "../types.js";

// Words that give an alternative account of how the data came out (needed next to a bare "not a hack").
const ACCOUNT =
  "(scrap*|publicly|public|aggregat*|compil*|stitched|assembled|harvest*|enumerat*|reused|re-used|recycled|repackag*|rehash*|credential stuffing|password spraying|other websites|other sites|other services|other companies|other platforms|other breaches|previously leaked|previously published|previously exposed|already public|old data|existing data|contact importer|automated|pieced|cobbled|matched|matching|lookup|look up|looked up|search tool|feature|api|reusing|recycling|phish*|social engineering|sim swap|sim-swap|sim swapping|own passwords|own password|valid credentials|valid passwords|legitimate credentials|correct passwords|real passwords|front door|human error|technical error|technical fault|technical glitch|technical issue|hardware failure|hardware fault|software failure|software fault|software upgrade|software update|faulty|power failure|power outage|printing error|administrative error|clerical error|configuration error|coding error|caching error|misconfigured|misconfiguration|set up incorrectly|configured incorrectly|internal transfers|scheduled|unprecedented demand|surge in|spike in|demand|copied|copying|third-party website|third-party site|sent to the wrong|sent in error|wrong distribution list|wrong recipients|wrong address|wrong addresses|historical data|historic data|doing the rounds|first published|widely available|resurfaced|reshuffled|test server|glitch|knowingly|voluntarily|willingly|consented|chose to share|chosen to share|chose to make|chosen to make|set to public|made public|misaddressed|misdirected)";
// Definitions of the technique are not a relabeling of an event.
const DEFINITION =
  "((scraping|stuffing|spraying|enumeration|aggregation|harvesting) (is|are|refers|means|describes|involves)|is (a|an|the) (technique|method|practice|process|term|attack|type)|(technique|method|practice|process) (where|in which|whereby|of))";
const BREACH_WORD =
  "(hack|hacking|hacked|breach|breached|breaching|data breach|security breach|intrusion|compromise|compromised|break-in|breaking into|broke into|break into|broken into|break in|broke in|broken in|breaking in|hack in|hacked in|hacking in|cyberattack|cyber-attack|cyber attack|infiltration|penetration|attack on our systems|attack|attacks|cyber incident|security incident|cyber-incident|exploit|malicious activity|fresh compromise)";

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
      pattern: `(not|didn't|don't|doesn't|wasn't|isn't|weren't|aren't|hasn't|haven't|hadn't|won't|wouldn't|can't|couldn't|never|rather than|instead of) [through|by|via|from|as a result of|the result of|because of|due to] [a|an|any] [_] ${BREACH_WORD} ** (but|rather|instead|it was|they were|was|were) ** (scrap*|aggregat*|compil*|harvest*|collect*|gather*|assembl*|stitch*|piec*|enumerat*|reused|re-used|recycled|public*|automated|abusing|misusing|matching|matched|repackag*|reusing|recycling|phish*|social engineering|sim swap*|own passwords|valid credentials)`,
      weight: 0.9,
      unless: DEFINITION,
    },
    {
      id: "relabeling.not-a-hack-with-account",
      pattern: `(not|didn't|don't|doesn't|wasn't|isn't|weren't|aren't|hasn't|haven't|hadn't|won't|wouldn't|can't|couldn't|never|no|rather than|instead of) [been] [through|by|via|from|the result of|a result of|because of|due to] [a|an|any|the] [_] [_] ${BREACH_WORD}`,
      weight: 0.85,
      requires: ACCOUNT,
      unless: `(${DEFINITION}|(what|where) we (got|did) wrong|our (failure|fault|mistake)|(no|none of the|not any) (accounts|account) (were|was|have been|has been|had been) (compromised|breached|hacked|accessed)|(use|say|call it) [_] [_] (incident|event|issue) rather than)`,
    },
    {
      id: "relabeling.not-taken-from-our-systems",
      pattern:
        "(not|didn't|don't|doesn't|wasn't|isn't|weren't|aren't|hasn't|haven't|hadn't|won't|wouldn't|can't|couldn't|never|rather than|instead of) [been] (taken|stolen|obtained|accessed|extracted|exfiltrated|removed|downloaded|lifted|copied|pulled|leaked) (from|out of) (our|its|their|the company's|the bank's) [own] [_] (systems|system|servers|server|network|networks|databases|database|platform|infrastructure|records)",
      weight: 0.8,
      requires: ACCOUNT,
    },
    {
      id: "relabeling.was-scraped",
      pattern:
        "(was|were|is|are|had been|has been|have been|appears to have been|appear to have been|appears to be|appear to be|been|likely|probably|apparently) [_] (scraped|harvested|aggregated|compiled|scraped together|stitched together|pieced together|put together|pulled together|cobbled together|repackaged|recompiled|re-compiled|culled|mined) (from|by|using|through|via|off|out of|with|together)",
      weight: 0.8,
      requires: "(@data|list|lists|file|files|profiles|numbers|accounts|emails|email addresses|phone numbers|set|sets|it|they|this|that)",
      unless: `(${DEFINITION}|(researchers|researcher|experts|analysts|investigators|police|hackers|the hacker|prosecutors|court filings) (said|say|says|believe|believes|found|find|reported|report|show)|(report|study|survey|analysis|statistics|figures|index|ranking) (was|were|is|are) (compiled|put together))`,
    },
    {
      id: "relabeling.was-scraped-bare",
      pattern:
        "(was|were|had been|has been|have been|appears to have been|appear to have been|been) [_] (scraped|scraped together|stitched together|pieced together|cobbled together|repackaged|recompiled|re-compiled)",
      weight: 0.75,
      requires: "(we|our|us|that|this|which|these|it|its|said|says|insisted|insists|maintained|maintains|claimed|claims|argued|argues|believes|believe|stated)",
      unless: `(${DEFINITION}|(researchers|researcher|experts|analysts|investigators|police|hackers|the hacker|prosecutors) (said|say|says|believe|believes|found|find|reported|report))`,
    },
    {
      id: "relabeling.collected-from-public",
      pattern:
        "(scraped|scraping it|scraping them|aggregated|compiled|compiling it|harvested|assembled|stitched|pieced|cobbled|gathered|collected|pulled|drawn|sourced|culled|lifted|taken|obtained|mined|copied|an aggregation of|a compilation of) ** from (public|publicly|openly|open|various|several|multiple|a number of|numerous|many|other|different|third-party|existing|earlier|previous|older|old|unrelated|external|online) [_] [_] (sources|websites|sites|profiles|profile|pages|directories|records|data|information|platforms|companies|services|breaches|leaks|incidents|forums|databases|data sets|datasets|lists|apps|social media)",
      negatable: false,
      weight: 0.8,
      requires: "(@data|list|lists|file|files|profiles|numbers|accounts|emails|set|sets|material)",
      unless: `(${DEFINITION}|(report|study|survey|analysis|statistics|figures|index|ranking|article|review) (was|were|is|are) [_] (compiled|drawn|based)|(not|never|wasn't|weren't|isn't|aren't|hasn't|haven't|didn't) [been] [_] (collected|gathered|scraped|obtained|compiled|harvested|taken|pulled|assembled|copied))`,
    },
    {
      id: "relabeling.collected-by-bots",
      pattern:
        "(collected|gathered|harvested|pulled|copied|downloaded|extracted|lifted|compiled|obtained|scraped|taken|assembled) (by|using|with|via|through) [_] (automated|bots|scrapers|scraping|software|scripts|crawlers|crawler|bot|tools|scraping tools|automated tools|automated software)",
      negatable: false,
      weight: 0.8,
      unless: `(${DEFINITION}|(not|never|wasn't|weren't|isn't|aren't|hasn't|haven't|didn't) [been] [_] (collected|gathered|scraped|obtained|compiled|harvested|taken|pulled|assembled|copied))`,
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
        "(obtained|stolen|stole|bought|purchased|acquired|harvested|sourced|gathered|collected|phished|reused|re-used|recycled) [valid|legitimate|genuine|real|working|the|their|customers'|users'] [_] (passwords|password|credentials|credential|login details|logins|login|login credentials|login information|usernames and passwords|email and password combinations|password combinations) (from|in|on|at|elsewhere|through|via) [_] [_] (other|external|third-party|third party|unrelated|previous|earlier|prior|another|different|outside|older|past|separate|elsewhere|breaches|leaks|phishing|an external|a third-party|another)",
      weight: 0.85,
      unless: "((employee|employee's|employees|staff|contractor|contractor's|vpn|administrator|admin|engineer|engineer's) |should|at risk|most at risk|we recommend|please|urge|urged|advise|advised)",
    },
    {
      id: "relabeling.aggregation-from",
      pattern:
        "(an|a|the) [_] (aggregation|compilation|amalgamation|collection|mashup|mash-up|patchwork) (from|drawn from|sourced from|of data from|of information from|pulled from|assembled from) [_] (various|several|multiple|a number of|numerous|many|other|public|different|publicly|earlier|previous|older|old|unrelated|external)",
      weight: 0.85,
      unless: DEFINITION,
    },
    {
      id: "relabeling.obtained-through-scraping",
      pattern:
        "(obtained|collected|gathered|acquired|taken|extracted|compiled|pulled|harvested|lifted|got|retrieved|assembled|sourced|built|created|amassed) (through|by|via|using|with|from) [automated|web|data|mass|large-scale|bulk|unauthorised|unauthorized|systematic] (scraping|enumeration|aggregation|crawling|data scraping|web scraping|credential stuffing|brute-force lookups|automated lookups|automated queries|bots|a bot|scrapers|a scraper)",
      negatable: false,
      weight: 0.85,
      unless: `(${DEFINITION}|(not|never|wasn't|weren't|isn't|aren't|hasn't|haven't|didn't) [been] [_] (collected|gathered|scraped|obtained|compiled|harvested|taken|pulled|assembled|copied))`,
    },
    {
      id: "relabeling.used-automation",
      pattern:
        "(used|using|uses|deployed|deploying) (automation|automated tools|automated software|automated scripts|bots|scripts|a bot|a script|scrapers|a scraper|scraping tools|scraping software|automated requests)",
      weight: 0.75,
      requires: "(numbers|accounts|public|profiles|profile|directory|search|lookup|feature|tool|api|contacts|email addresses|usernames|linked|match|matched)",
      unless: `(${DEFINITION}|(ransomware|malware|phishing|vulnerability|exploit))`,
    },
    {
      id: "relabeling.a-scrape-not-a-breach",
      pattern:
        "(is|was|'s|as|be) [a|an|simply a|just a|merely a|essentially a|basically a|really a|actually a] [_] (scrape|data scrape|data-scrape|scraping operation|scraping exercise|scraping campaign|scraping event|scraping incident|scraping attack|scraping case|scraping issue|aggregation exercise|credential-stuffing attack|credential stuffing attack|credential-stuffing campaign|credential stuffing campaign)",
      weight: 0.8,
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
    {
      id: "relabeling.cause-not-attack",
      pattern: `(caused by|the result of|a result of|resulted from|results from|result from|due to|because of|down to|stemmed from|stems from|traced to|traced back to|triggered by|human error|technical error|error|failure|glitch|fault|mistake|demand) ** (not|rather than|instead of) [by|from|the result of|a result of|due to|caused by|because of] [a|an|any] [_] [_] ${BREACH_WORD}`,
      weight: 0.8,
      unless: `(${DEFINITION}|(what|where) we (got|did) wrong|our (failure|fault|mistake)|not (only|just) )`,
    },
    {
      id: "relabeling.not-attack-but-cause",
      pattern: `(not|wasn't|isn't|weren't|rather than|instead of) [the result of|a result of|caused by|due to|by|from] [a|an|any] [_] [_] ${BREACH_WORD} ** (but|rather|instead|it was|this was|that was) ** (caused by|the result of|a result of|due to|because of|down to|error|failure|glitch|fault|demand|surge|spike|misconfigur*|mistake|bug|upgrade|update|transfers|maintenance|test|testing|wrong|mistakenly|in error|by mistake|accidentally|inadvertently|human|sent to)`,
      weight: 0.8,
      unless: `(${DEFINITION}|(what|where) we (got|did) wrong|our (failure|fault|mistake)|not (only|just) )`,
    },
    {
      id: "relabeling.not-our-systems",
      pattern:
        "(not|rather than|instead of|and not|never) [on|in|from|by|at|through|via|within|inside] (our|its|their|the company's|the bank's) [own] [_] [_] (systems|system|servers|server|network|networks|engineers|staff|infrastructure|platform|environment|databases|database|estate|own)",
      weight: 0.8,
      requires: "(vendor|supplier|contractor|third-party|third party|partner|provider|agency|misconfigured|configured|originated|occurred|resulted|run by|operated by|hosted by|managed by|belonged to|belonging to|former|processor|data centre|data center|subcontractor)",
      unless: "((our|its) (vendor|supplier|contractor|partner|provider) ** (breached|hacked|compromised) ** (and|as well as) (our|its) own|(emphasis|focus|attention|spotlight|scrutiny) (on|to))",
    },
    {
      id: "relabeling.is-public-data",
      pattern:
        "(is|are|was|were|it's|contains|contained|consists of|consisted of|comprises) [just|only|simply|merely|all|entirely|nothing more than|nothing but|basically|essentially] [_] (public|publicly available|publicly visible|publicly accessible|already public|openly available|freely available) [profile|member|user] (data|information|info|details|profiles|material|content) (compiled|collected|scraped|gathered|aggregated|taken|pulled|that|which|anyone|from|people|users|members)",
      weight: 0.75,
      requires: "(list|lists|file|files|data set|dataset|spreadsheet|database|it|this|compiled|collected|scraped|gathered|aggregated|anyone|not hacked|not breached|never breached|going around|circulating|being shared)",
      unless: DEFINITION,
    },
    {
      id: "relabeling.data-from-unrelated",
      pattern:
        "(contains|contained|containing|consists of|consisted of|comprises|made up of|drawn from|comes from|came from|originates from|originated from|originated in|taken from|sourced from|is from|are from) [_] [_] [_] (data|information|records|details|material|credentials|entries|accounts) (from|of|belonging to|taken from|linked to) (unrelated|other|different|third-party|older|earlier|previous|past|separate|external|many) [_] (services|sites|websites|companies|platforms|breaches|leaks|sources|incidents|apps|providers|organisations|organizations)",
      weight: 0.8,
      unless: DEFINITION,
    },
    {
      id: "relabeling.reshuffled-version",
      pattern:
        "(reshuffled|re-shuffled|repackaged|re-packaged|rehashed|recompiled|re-compiled|recycled|re-released|remixed|relabelled|relabeled|rebadged|renamed|recirculated|resurfaced|re-circulated) (version|copy|edition|compilation|collection|release|repost|leak|data|material|with a new label|under a new name)",
      weight: 0.8,
    },
    {
      id: "relabeling.old-material-repackaged",
      pattern:
        "(old|existing|previously leaked|previously published|historical|historic|years-old|same|older|stale) (material|data|information|records|lists|list|credentials|files|data set|dataset|leak|leaks) [that has been|which has been|that was|which was|being|just|simply] (repackaged|recycled|rehashed|reshuffled|relabelled|relabeled|recirculated|resurfacing|resurfaced|repurposed|reposted|doing the rounds|circulating|re-released|resold|reused)",
      weight: 0.8,
    },
    {
      id: "relabeling.not-new-incident",
      pattern:
        "(not|no|doesn't|does not|isn't|is not|wasn't|didn't|did not|nor) [reflect|represent|indicate|evidence of|the result of|come from|stem from|result from|a sign of|point to|involve] (a|an|any) [_] (new|fresh|recent|second|further|additional|new security|new data|separate) (incident|breach|compromise|hack|leak|attack|intrusion|data breach|security incident|security breach|exposure)",
      weight: 0.8,
      requires: "(same|old|older|historical|historic|previously|already|first published|years|repackaged|recycled|circulat*|resurfac*|doing the rounds|widely available|compil*|scrap*)",
    },
    {
      id: "relabeling.worked-as-designed",
      pattern:
        "(worked|works|working|functioned|functions|operated|operates|performed|behaved|did|does) [exactly|precisely|just|entirely|fully] (as (designed|intended|built|expected|it was designed|it was built|it was intended|it should)|what it was (built|designed|meant|intended|made) to do|the way it was (designed|built|intended))",
      weight: 0.75,
      requires: "(feature|tool|api|lookup|function|upload|sync|search|friend|contact|importer|endpoint|interface|abuse|abused|misuse|misused|scrap*|lawful|legitimate)",
      negatable: false,
    },
    {
      id: "relabeling.by-design",
      pattern: "(was|is|that was|it was|that's|it's|this is|this was) [entirely|completely|all] (by design|working as intended|intended behaviour|intended behavior|a feature not a bug|a feature, not a bug)",
      weight: 0.75,
      requires: "(feature|tool|api|lookup|function|upload|sync|search|friend|contact|importer|endpoint|interface|check|anyone|phone number|account)",
    },
    {
      id: "relabeling.abusing-feature",
      pattern:
        "(abusing|abused|misusing|misused|abuse of|misuse of|gaming|gamed|manipulating) [_] [_] [_] (feature|features|tool|tools|function|functionality|api|lookup|importer|sync|upload|search|endpoint|interface|setting|settings|option)",
      weight: 0.8,
      unless: "((vulnerability|flaw|bug|weakness|exploit) (in|of)|(~fail|~neglect) to|(abuse|misuse) of (power|position|trust|authority|office|privilege))",
    },
    {
      id: "relabeling.result-of-reuse",
      pattern:
        "(result of|due to|because of|caused by|came from|comes from|stemmed from|stems from|down to|traced to|through|via|by) [_] [_] (reusing|recycling|re-using|reused|recycled|re-used|sharing) [their|the same|old|weak|simple|_] [_] (passwords|password|credentials|logins|login details)",
      weight: 0.8,
      unless: "(please|we recommend|we urge|stop|avoid|don't|do not|never|not to)",
    },
    {
      id: "relabeling.someone-reused",
      pattern:
        "(someone|somebody|the user|the customer|the member|users|customers|members|they|he|she|people|drivers|players|subscribers|account holders) [had] (reused|re-used|recycled|used) [their|the same|an old|a] [_] (password|passwords|credentials|login|logins) (from|on|at|they use on|used on|used at|used elsewhere|elsewhere|across) [_] [_] (other|another|different|elsewhere|multiple|several|unrelated|sites|services|accounts)",
      weight: 0.8,
    },
    {
      id: "relabeling.harvested-in-other-breaches",
      pattern:
        "(harvested|stolen|leaked|obtained|taken|collected|exposed|compromised|gathered) (in|from|during|through) [_] (breaches|leaks|hacks|breach|leak|hack|compromises|incidents) (of|at|on|affecting|involving) [_] (other|unrelated|third-party|different|external|another|separate) [_] (websites|sites|services|companies|platforms|apps|providers|retailers|organisations|organizations)",
      weight: 0.85,
    },
    {
      id: "relabeling.tricked-into",
      pattern:
        "(tricked|deceived|duped|conned|fooled|manipulated|persuaded|lured|coaxed|socially engineered) [a|an|the|some|several|small|number|of] [_] [_] [_] [_] (customers|customer|users|user|members|member|people|employees|employee|staff|account holders|victims|clients|subscribers) into (reading|revealing|giving|handing|sharing|entering|disclosing|providing|approving|clicking|installing|transferring|typing|authorising|authorizing|downloading)",
      weight: 0.75,
    },
    {
      id: "relabeling.so-called-hack",
      pattern: "(so-called|so called|alleged|supposed|purported) (exploit|hack|breach|leak|attack|data breach|intrusion|hacking|vulnerability)",
      weight: 0.75,
      requires: "(nothing of the kind|not a|no such|actually|in fact|in reality|really|merely|simply|just|only|was|were|is)",
    },
    {
      id: "relabeling.scheduled-transfers",
      pattern:
        "(were|was|are|is) [simply|merely|just|actually|in fact|routine|all] (scheduled|planned|routine|normal|legitimate|authorised|authorized) [_] (internal transfers|transfers|maintenance|testing|tests|operations|activity|movements|wallet movements)",
      weight: 0.7,
    },
    {
      id: "relabeling.tried-against-login",
      pattern:
        "(~try|tried|~test|~run|ran|~replay|~throw|threw|~feed|fed|~stuff|~plug) ** (against|on|at|into) (our|its|the|their|a) [own] [_] (login|log-in|sign-in|signin|login page|login pages|sign-in page|front door|login form|login screen|log-in page|sign-on|website|site|app|accounts|account|service|platform|portal)",
      weight: 0.8,
      requires: "(leaked|stolen|exposed|elsewhere|other|breaches|lists|dumps|pairs|combinations|reused|recycled)",
      unless: `(${DEFINITION}|we (recommend|urge|advise)|please)`,
    },
    {
      id: "relabeling.credentials-leaked-elsewhere",
      pattern:
        "(passwords|password|credentials|logins|login details|pairs|combinations|usernames and passwords|login credentials) [that had|that have|which had|which have|already|previously] [already|previously|been] [_] (leaked|stolen|exposed|obtained|harvested|breached|compromised|phished|taken|published|dumped) elsewhere",
      weight: 0.8,
      unless: "(we (recommend|urge|advise|encourage)|please|if your|check whether)",
    },
    {
      id: "relabeling.passwords-from-other-leaks",
      pattern:
        "(passwords|password|credentials|logins|login details|pairs|combinations|usernames and passwords|login credentials|lists) (from|out of|taken from|lifted from|pulled from|culled from) [_] (other|another|unrelated|third-party|earlier|older|previous|past|different|outside|someone else's) [_] [_] (leaks|breaches|dumps|hacks|data breaches|incidents|compromises)",
      weight: 0.8,
      unless: `(${DEFINITION}|we (recommend|urge|advise|encourage)|please|protect (yourself|your account)|at risk|should)`,
    },
    {
      id: "relabeling.password-reuse-on-other-sites",
      pattern:
        "(password|passwords|credential) (reuse|re-use|recycling|reusing) (on|across|from|at|with) [_] (other|multiple|different|unrelated|several|many|third-party) [_] (sites|websites|services|platforms|apps|accounts|companies)",
      weight: 0.75,
      unless: "(avoid|don't|do not|never|stop|please|we (recommend|urge|advise|encourage)|protect (yourself|against)|risks of)",
    },
    {
      id: "relabeling.reused-already-exposed",
      pattern:
        "(reused|re-used|recycled|reusing|recycling|re-using) [_] [_] (passwords|password|credentials|logins) (that|which) (had|have|were|was) [already|previously|been|all] [already|previously|been] (exposed|leaked|stolen|breached|compromised|published|dumped)",
      weight: 0.8,
      unless: "(please|we (recommend|urge|advise|encourage)|if you)",
    },
    {
      id: "relabeling.nobody-broke-in",
      pattern:
        "(nobody|no one|no-one|not one person|no hacker|no hackers|no attacker|no intruder|no criminal) (broke|has broken|had broken|ever broke|got|has got|had got|was able to get|managed to get|hacked|breaks|gets|went) (in|into|inside)",
      weight: 0.75,
    },
    {
      id: "relabeling.profile-anyone-can-view",
      pattern:
        "(is|are|was|were|it's|contains|contained|consists of|comprises) [just|only|simply|merely|all|nothing more than|nothing but|basically|essentially] [_] (profile|member|user|account|public) (information|data|details|info|profiles) [that|which] (anyone|everyone|any user|anybody|any member|any visitor|the public) (can|could|is able to|was able to|may) [already|always|freely] (see|view|access|find|look up|read|browse)",
      weight: 0.8,
      unless: DEFINITION,
    },
    {
      id: "relabeling.gathered-up-by-script",
      pattern:
        "(gathered|collected|scooped|hoovered|swept|vacuumed|scraped|pulled|rounded|copied|harvested|sucked) (up|together|down) (by|with|using|via|through) [a|an|some] [simple|automated|custom|_] (script|scripts|bot|bots|program|programs|tool|tools|scraper|scrapers|crawler|crawlers)",
      weight: 0.8,
      unless: DEFINITION,
    },
    {
      id: "relabeling.repackaged-with-new-title",
      pattern:
        "(repackaged|re-packaged|relabelled|relabeled|rebranded|renamed|reposted|re-posted|recycled|dressed up|resold|re-sold|re-released|rereleased) (with|under) (a|an|the) [new|fresh|different|shiny|catchier] (title|name|label|heading|headline|wrapper|file name|filename|banner|cover|tag)",
      weight: 0.8,
    },
    {
      id: "relabeling.what-they-call-a-leak",
      pattern:
        "what (the headline|the headlines|the papers|the newspapers|the tabloids|the coverage|the article|the report|reports|the media|the press|some|critics|people|they|the researchers|the researcher|the hacker|the seller|the post|the story|commentators) (calls|call|are calling|is calling|have called|has called|describe as|describes as|have described as|has described as|dub|dubs|brand|brands) [a|an|the] (leak|breach|hack|attack|data breach|intrusion|exploit|compromise) (is|was|are|were) [really|actually|in fact|in reality|just|simply|merely|nothing more than|no more than|little more than|basically|essentially]",
      weight: 0.8,
      negatable: false,
    },
    {
      id: "relabeling.loaded-word",
      pattern:
        "(breach|hack|hacked|leak|attack|data breach|cyberattack) (is|was|'s) (a|an|the) [very|rather|bit] (loaded|wrong|misleading|dramatic|emotive|strong|inaccurate|unhelpful|sensational|scary|big) (word|term|label|description|way to describe|characterisation|characterization)",
      weight: 0.8,
      negatable: false,
    },
    {
      id: "relabeling.keep-the-word",
      pattern:
        "(keep|put|use|stick to|stick with|lead with|emphasise|emphasize|stress|foreground|repeat|push|prefer|favour|favor) (the|our) (word|words|term|terms|phrase|label|language|framing|description) (scraped|scraping|scrape|aggregated|aggregation|compiled|compilation|public data|credential stuffing|password reuse|automated collection|data collection|harvested|harvesting)",
      weight: 0.85,
    },
    {
      id: "relabeling.describe-as-reuse",
      pattern:
        "(~describe|~call|~frame|~position|~present|~characterise|~characterize|~label|~treat|~refer to|~cast|~portray|~explain|~classify) ** as [a|an] [_] (password reuse|credential reuse|reused passwords|password problem|customer password problem|user password problem|customer password issue|password issue|public data aggregation|data aggregation|aggregation of public|public data collection|data collection from public|scraping of public|misuse of a feature|abuse of a feature|account-takeover wave|account takeover wave)",
      weight: 0.85,
      negatable: false,
      unless: DEFINITION,
    },
    {
      id: "relabeling.preferred-description",
      pattern:
        "(preferred|correct|approved|agreed|right|proper|official|accurate) (description|term|wording|framing|language|phrase|label|characterisation|characterization|line|terminology|name) (is|will be|should be|remains) ** (aggregation|aggregated|scraping|scraped|collection|compilation|compiled|credential stuffing|password reuse|public data|publicly available|public profile|harvesting|automated)",
      weight: 0.85,
      negatable: false,
    },
    {
      id: "relabeling.exactly-what-happened",
      pattern: "(that|this|which) (is|was|'s) (exactly|precisely|just|essentially|basically) (what happened|how (this|it) happened|what occurred|what went on)",
      weight: 0.75,
      requires: "(reus*|recycl*|same password|same key|scrap*|public|aggregat*|compil*|credential stuffing)",
    },
    {
      id: "relabeling.test-data-not-customer",
      pattern:
        "(test|dummy|synthetic|fake|sample|demo|fictitious|fictional|made-up|mock) (data|records|accounts|entries|details|information|files) (rather than|not|instead of|and not|as opposed to) [real|live|actual|genuine] (customer|user|member|client|patient|personal|production|real|live) [_] (records|data|information|details|accounts|files)",
      weight: 0.75,
    },
    {
      id: "relabeling.came-from-not-attack",
      pattern: `(came from|comes from|arose from|arises from|originated from|originated in|originated with|stemmed from|was from|traced to) (a|an|the) ** (not|rather than|instead of) [by|from|the result of|a result of|due to|caused by|because of] [a|an|any] [_] [_] ${BREACH_WORD}`,
      weight: 0.8,
      unless: `(${DEFINITION}|not (only|just) )`,
    },
  ],
  hits: [
    "Nobody hacked us: bots tried leaked password lists against our sign-in page.",
    "What the papers are calling a breach is really just a directory of public profiles.",
    "The approved description is 'automated collection of publicly visible profile data'.",
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
    "The outage was down to a failed database migration, not a cyber attack.",
    "Nobody broke into our servers; the accounts were opened with passwords people had recycled from other sites.",
    "The spreadsheet doing the rounds is old material repackaged under a new name.",
    { text: "The insurer said the leak was the result of a misconfigured bucket run by a marketing agency, not its own systems.", mode: "reported" },
  ],
  misses: [
    "The retailer said shoppers who had reused passwords from other sites were most at risk and should change them.",
    "The file being shared this week is the same one that surfaced in 2018.",
    "No accounts were compromised, and the information in the file was already public.",
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
    "Customers who reuse passwords from other sites are most at risk and should change them.",
    "This is not a new incident.",
  ],
} satisfies StrategyDef;
