import type { StrategyDef } from "../types.js";

const BREACHED =
  "(breached|hacked|compromised|infiltrated|penetrated|broken into|hit by a cyberattack|hit by a cyber-attack|hit by an attack|attacked|accessed without authorisation|accessed without authorization|subject to a breach|subject to an intrusion|the source of the leak|the source of the data)";
const INTRUSION =
  "(breach|breached|breaches|intrusion|intrusions|hack|hacked|hacking|compromise|compromised|infiltration|infiltrated|penetration|penetrated|break-in|broken into|broke into|unauthorised access|unauthorized access|unauthorised entry|unauthorized entry|cyberattack|cyber-attack|cyber attack|security incident|attack on our|attack on its|malicious activity|suspicious activity on our|without authorisation|without authorization|improperly accessed|accessed by an unauthorised|accessed by an unauthorized|illegally accessed|exploiting a vulnerability|exploited a vulnerability|exploitation of a vulnerability|exploiting a flaw|exploited a flaw)";
const CLAIMS =
  "(claims|claim|reports|report|reporting|allegations|allegation|suggestions|suggestion|assertions|assertion|rumours|rumors|rumour|rumor|story|stories|article|articles|posts|post|speculation|accusations|accusation|figures|figure|numbers|number|estimate|estimates|total|characterisation|characterization|account|accounts|headlines|coverage|tweets|theory|theories)";
const FALSE =
  "(false|untrue|inaccurate|incorrect|baseless|unfounded|fabricated|not true|not accurate|not correct|a hoax|fake|bogus|erroneous|groundless|without foundation|without basis|without merit|fiction|pure fiction|nonsense|a fabrication|misinformation|disinformation|a lie|lies|categorically false|completely false|entirely false|wholly inaccurate|simply not true|not the case|wrong|misleading|mistaken|speculative|unsubstantiated|invented|made up|made-up)";
// A third party disputing the organisation is not the organisation's denial.
const OTHERS_DISPUTE =
  "((critics|experts|researchers|analysts|campaigners|regulators|investigators|lawmakers|observers|advocates|journalists|reporters|customers|users|victims|hackers|the hacker|the hackers|the researcher|the researchers|security experts|privacy advocates) ** (say|said|says|argue|argued|argues|dispute|disputed|disputes|reject|rejected|rejects|call|called|calls|insist|insisted|believe|believed|found|find|claim|claimed)|(company's|firm's|bank's|insurer's|retailer's|carrier's|platform's|hospital's|council's|agency's) (claims|claim|account|statement|statements|version|assertion|assertions|figures|explanation|denial|denials))";
// Relabeling gives an alternative account; a "not a hack" inside one is relabeling, not denial.
const ACCOUNT =
  "(scrap*|aggregat*|compil*|stitched|assembled|harvest*|enumerat*|reused|re-used|recycled|repackag*|credential stuffing|other websites|other sites|other companies|other services|other platforms|earlier breaches|previous breaches|other breaches|third-party breaches|publicly|public data|public information|public profile|contact importer|search tool|lookup|pieced|cobbled|what happened|phish*|social engineering|sim swap*|reusing|own passwords|valid credentials|human error|technical error|printing error|caching error|software upgrade|hardware failure|power failure|unprecedented demand|test server|set up incorrectly|misconfigur*|fresh compromise|historical data|doing the rounds|make the information public|chosen to make|faulty|software update|caused by|misaddressed|(credentials|passwords|login details) ** (exposed|leaked|stolen|reused|recycled|obtained) (in|from|elsewhere|on))";

export default {
  id: "denial",
  label: "Denial",
  family: "deny",
  theory: "Benoit: simple denial (the act did not happen, or the organisation did not do it); SCCT: deny",
  definition:
    "The event, the wrongdoing or the reporting about it is denied: no breach or intrusion happened, the systems were not compromised, the claims are false.",
  questions: [
    "If your systems were not breached, how did this data leave them?",
    "What did your review actually examine, and who carried it out?",
    "Which part of the reporting is false, precisely, and will you publish the evidence?",
  ],
  cues: [
    {
      id: "denial.not-breached",
      pattern: `(has|have|had|was|were|is|are|been) (not|never) [been|ever been|at any point been|at any time been|in any way been] [_] ${BREACHED}`,
      weight: 0.9,
      unless: "(what happened|(would|could|might) (not|never) have been|if (we|it|they) had not|(passwords|password|payment|card|cards|financial|data|information|details|records|numbers|funds|pins|vaults|messages|files|accounts) [_] [_] (has|have|had|was|were|is|are) (not|never) [been] [_] (breached|hacked|compromised|accessed)|(passwords|password|payment|card|cards|financial|data|information|details|records|numbers|funds|pins|vaults|messages|files|accounts) ** ** (and|but) (has|have|had|was|were|is|are) (not|never) [been] [_] (breached|hacked|compromised|accessed)|(care|services|service|operations|safety|treatment|treatments) (had|has|have|was|were|is|are) (not|never) [been] compromised)",
    },
    {
      id: "denial.hasnt-been-breached",
      pattern: `(hasn't|haven't|hadn't|wasn't|weren't|isn't|aren't) [been|ever been] [_] ${BREACHED}`,
      weight: 0.9,
      unless: "(what happened|(would|could|might) (not|never) have been)",
    },
    {
      id: "denial.was-not-a-breach",
      pattern:
        "(this|it|that|there|the incident|the event|this incident|this event|the leak|the exposure|the matter|the issue|this issue) (is|was|has been|had been|'s) (not|never|in no way|by no means) [a|an|any] [_] [_] (breach|data breach|security breach|hack|intrusion|cyberattack|cyber-attack|cyber attack|compromise|break-in|cyber incident|security incident|attack on our systems)",
      weight: 0.85,
      unless: `(${ACCOUNT}|(would|could|might|may) (not|never)|not (a|an) (minor|small|simple|isolated|ordinary|typical|mere))`,
    },
    {
      id: "denial.no-breach-occurred",
      pattern:
        "(no|not any|not a|not one|never a|never any|zero) [_] (breach|data breach|security breach|hack|intrusion|compromise|cyberattack|cyber-attack|cyber attack|break-in|unauthorised access|unauthorized access|infiltration|leak|data leak) [has|had|was|were|is|of|to|into|on|in|ever|occurred|took place|happened|affecting|involving]",
      weight: 0.85,
      requires: "(our|its|their|the company's|the bank's|occurred|took place|happened|has been|was|there is|there was|there has been|there have been)",
      unless: `(${ACCOUNT}|no [data] (breach|intrusion|hack|leak) (notification|notice|law|laws|rules|regulation|detection|prevention|monitoring|alert|alerts|response|plan|insurance|policy|procedure|process|system|systems|protection)|no (further|more|additional|new|subsequent|other|second|repeat)|not (a|an) (new|fresh|recent|second|further|separate|additional)|since the)`,
    },
    {
      id: "denial.no-evidence-of-breach",
      pattern: `(no|not|nothing|never|without|zero|nor) [any|credible|current|specific|direct|actual] [_] (evidence|indication|indications|sign|signs|trace|traces|suggestion|proof|reason to believe|reason to think|reason to suspect|record) [yet|to date|so far|at this time|at this stage] [that|of|to suggest|to indicate|suggesting|indicating] ** ${INTRUSION}`,
      weight: 0.9,
      unless: "(phrase|wording|term|expression|notification letters|letters|a study|study found|ongoing|further|continued|continuing|additional|subsequent|beyond what|since then|since the)",
    },
    {
      id: "denial.nothing-to-suggest",
      pattern: `(nothing|no reason|no information|found nothing|seen nothing|have nothing) (to suggest|to indicate|that suggests|that indicates|suggesting|indicating|to show|that shows) ** ${INTRUSION}`,
      weight: 0.85,
    },
    {
      id: "denial.listing-is-fake",
      pattern:
        "(listing|listings|sample|samples|post|posts|claim|claims|data set|dataset|file|files|screenshot|screenshots|offer|advert|advertisement|database|leak|dump|document|documents|email|emails) (is|are|was|were|appears to be|appear to be|looks to be|seems to be) [_] (a hoax|a scam|fake|not genuine|not authentic|fabricated|bogus|forged|inauthentic|doctored|manipulated|a fabrication|a forgery|made up|not real|not ours|not from us)",
      weight: 0.85,
      unless: "(scam|phishing|fake) (email|emails|messages|texts|calls|websites|sites)",
    },
    {
      id: "denial.not-aware-of-breach",
      pattern: `(not aware of|unaware of|no knowledge of|not seen any|haven't seen any|have not seen any|has not seen any|had not seen any|not detected any|haven't detected any|have not detected any|has not detected any|not found any|have not found any|has not found any|no record of|not identified any|have not identified any|has not identified any) [any] [_] ${INTRUSION}`,
      weight: 0.85,
    },
    {
      id: "denial.claims-are-false",
      pattern: `${CLAIMS} ** (is|are|was|were|remain|remains|appear to be|appears to be) [simply|completely|entirely|totally|categorically|patently|demonstrably|wholly|absolutely|factually|plainly|just|flatly] ${FALSE}`,
      weight: 0.9,
      negatable: true,
      unless: `(${OTHERS_DISPUTE}|our (figures|numbers|account|report|reports|earlier statement|statement|initial|original)|we were wrong|(we|i) (got|had) [it|this|that] wrong|(report|reports|claims|allegations) (that|of) [the] (company|acme|we|our|it|they) (was|were|is|are) (false|inaccurate|wrong))`,
    },
    {
      id: "denial.long-claims-are-false",
      unless: OTHERS_DISPUTE,
      pattern:
        "(claims|claim|reports|allegations|suggestions|rumours|rumors|stories|posts|speculation|assertions) (that|of|suggesting|alleging|claiming|saying|circulating|online|on) ** ** (is|are|was|were) [simply|completely|entirely|totally|categorically|patently|demonstrably|wholly|absolutely|factually|plainly|just] (false|untrue|inaccurate|incorrect|baseless|unfounded|fabricated|not true|a hoax|fake|bogus|groundless|without foundation|without merit|misinformation|disinformation)",
      weight: 0.85,
      negatable: true,
    },
    {
      id: "denial.that-is-false",
      pattern:
        "(that|this|it|these|those|such claims|such reports|the claim|the report|the story|the suggestion) (is|was|are|were|'s) [simply|completely|entirely|totally|categorically|patently|demonstrably|wholly|absolutely|factually|plainly|just] (false|untrue|inaccurate|incorrect|baseless|unfounded|fabricated|not true|not accurate|a hoax|fake|bogus|erroneous|groundless|a fabrication|misinformation|disinformation|a lie|pure fiction|simply not true|not the case)",
      weight: 0.85,
      negatable: true,
      unless: "(it (is|was) (false|inaccurate|incorrect|not true) to (say|suggest|claim)|(that|this|it) (is|was) not the case (that|for)|(if|whether) (that|this|it))",
    },
    {
      id: "denial.false-to-say",
      pattern:
        "(false|untrue|inaccurate|incorrect|wrong|misleading|not true|not accurate|not correct) to (say|suggest|claim|report|state|allege|imply)",
      weight: 0.85,
      negatable: true,
    },
    {
      id: "denial.deny-that",
      pattern:
        "(~deny|categorically deny|flatly deny|firmly deny|strongly deny|strenuously deny|vigorously deny|emphatically deny) [categorically|flatly|firmly|strongly|strenuously|vigorously|emphatically] (that|any|all|the|these|those|this|such|claims|reports|allegations|suggestions|it|wrongdoing|responsibility|liability|involvement|knowledge|being|having|ever|its|our|their)",
      weight: 0.85,
      unless: "((confirm|confirmed|confirming|confirms) (or|nor) (deny|denied|denies)|(deny|denied|denies|denying) (access|entry|permission|requests|request|the request|the application|the appeal|the motion|service|users|customers|them|him|her)|denial of service|denial-of-service|(court|judge|regulator|tribunal|board) ** (denied|denies))",
    },
    {
      id: "denial.flatly-denied",
      pattern: "(categorically|flatly|firmly|strongly|strenuously|vigorously|emphatically|completely|entirely|outright) (~deny|~reject|~refute|~dispute)",
      weight: 0.9,
      unless: "((confirm|confirmed) (or|nor) deny)",
    },
    {
      id: "denial.reject-claims",
      pattern: `(~reject|~refute|~dispute|~rebut|~contest|~challenge|~repudiate|~deny) [the|these|those|any|such|this|that|all|recent|media|press|today's] [_] [_] ${CLAIMS}`,
      weight: 0.85,
      unless: `(${OTHERS_DISPUTE}|(court|judge|regulator|tribunal|board|committee|shareholders|voters|council) ** (~reject|~dispute|~deny))`,
    },
    {
      id: "denial.dismissed-as",
      pattern: `(~dismiss|~describe|~call|~brand|~label|labelled|labelling|~characterise|~characterize|~term|~deride) [the|these|those|such|this|that|media|press|recent] [_] [_] ${CLAIMS} [as] (speculative|false|untrue|inaccurate|baseless|unfounded|fabricated|a hoax|fake|misleading|wrong|rumours|rumour|nonsense|fiction|fake news|without foundation|scaremongering|irresponsible|unsubstantiated|erroneous|sensationalist|sensational|alarmist)`,
      weight: 0.85,
      negatable: true,
    },
    {
      id: "denial.calling-a-hoax",
      pattern:
        "(calling|called|branding|branded|dismissing|dismissed|describing|described|labelling|labelled|labeling|labeled|terming|termed) [it|them|the|this|these|that|those|post|posts|claim|claims|report|reports|listing|sample|forum|data] * (a hoax|hoax|fake|fabricated|a fabrication|false|bogus|a scam|fake news|baseless|unfounded|not genuine|not authentic|inauthentic|a forgery|forged)",
      weight: 0.85,
      negatable: true,
    },
    {
      id: "denial.no-truth",
      pattern: "(no|not a|not any|without|zero|little) [grain of|shred of|element of|word of] truth (in|to|behind)",
      weight: 0.85,
    },
    {
      id: "denial.data-not-ours",
      pattern:
        "(did not|didn't|does not|doesn't|do not|don't|could not|couldn't|cannot|can't|never) (come|originate|stem|derive|emanate|leak|leaked) (from|out of) (us|@we|our|its|their|the company's|the bank's) [own] [_] [systems|system|servers|server|network|networks|databases|database|platform|infrastructure|records|data|customers|files]",
      weight: 0.8,
      unless: ACCOUNT,
    },
    {
      id: "denial.not-from-our-systems",
      pattern:
        "(is|are|was|were|'re|'s|does not|doesn't|do not|don't|did not|didn't) (not from|not taken from|match|correspond to|belong to|come from|originate from|originate in) (our|its|any of our|any of its|the company's|the bank's) [own] [_] (systems|system|servers|server|network|networks|databases|database|platform|infrastructure|records|data|customers|files)",
      weight: 0.8,
      unless: `(${ACCOUNT}|(if|whether) )`,
    },
    {
      id: "denial.no-evidence-to-support",
      pattern:
        "(no|not any|nothing|little|zero) [credible|real|actual|hard] (evidence|proof|indication|basis|data|information) (to support|supporting|that supports|that would support|to back up|backing up|to substantiate|substantiating|to corroborate|for) (them|it|this|these|those|the|that|such|any|their|his|her)",
      weight: 0.85,
      requires: `(${CLAIMS}|allegation|allegations|assertion|hacker|hackers|group|post|seller|listing)`,
    },
    {
      id: "denial.not-experienced-breach",
      pattern:
        "(have not|haven't|has not|hasn't|did not|didn't|had not|hadn't|never) [ever|at any point|at any time] (experienced|suffered|had|been subject to|been the subject of|been the victim of|been victim to|been hit by|detected|identified|found|seen|recorded|sustained) (a|an|any) [_] (breach|data breach|security breach|hack|intrusion|cyberattack|cyber-attack|cyber attack|compromise|security incident|cyber incident|incident of this kind|successful attack)",
      weight: 0.85,
      unless: ACCOUNT,
    },
    {
      id: "denial.not-the-source",
      pattern:
        "(is|was|are|were|'re|'s) not the (source|origin|cause|party responsible) (of|for) (the|this|that|these|any) [_] (leak|breach|data|data set|dataset|records|list|file|files|information|incident|exposure|hack)",
      weight: 0.85,
      unless: ACCOUNT,
    },
    {
      id: "denial.no-data-left",
      pattern:
        "(no|not any|none of the|none of our|not a single|zero) [customer|user|member|personal|patient|client|account|sensitive] [_] (data|information|records|files|details) (has|have|was|were|had) [ever] (left|been taken from|been removed from|been exfiltrated|been copied from|been extracted from|been stolen from|leaked from|exited) (our|its|the|their)",
      weight: 0.85,
    },
    {
      id: "denial.did-not-happen",
      pattern:
        "(this|that|it|the breach|the hack|the attack|such an attack|such a breach|such an event|the incident|the intrusion|any such breach|any breach|any hack) (did not|didn't|never|simply did not|simply didn't) (happen|occur|take place|happened|occurred)",
      weight: 0.85,
      unless: "((will|would|must|should|could) (never|not) (happen|occur)|(make sure|ensure|ensuring|so that|to ensure|guarantee) )",
    },
    {
      id: "denial.not-affected-by-breach",
      pattern:
        "(@we|we|our systems|our network|our customers|our data|its systems|its network|its customers) (was|were|is|are|have|has|had) (not|never) [been] [_] (affected|impacted|involved|implicated|part of|caught up in|touched) (by|in) (the|this|that|any|these|those) [reported|alleged|supposed|claimed|purported|_] (breach|hack|attack|leak|incident|intrusion|cyberattack|cyber-attack)",
      weight: 0.75,
    },
    {
      id: "denial.alleged-breach",
      pattern:
        "(alleged|supposed|so-called|purported|claimed|rumoured|rumored|reported) (breach|hack|data breach|intrusion|leak|cyberattack|cyber-attack|attack)",
      weight: 0.6,
      requires: `(${FALSE}|no evidence|not aware|never happened|did not happen|didn't happen|deny|denied|denies|reject|rejected|dispute|disputed|not been|has not|have not|had not|no indication|no sign)`,
    },
    {
      id: "denial.no-failure-on-our-part",
      pattern:
        "(no|not the result of any|not due to any|not caused by any|without any|not because of any|not any|nor any|never any) [_] (failure|fault|error|negligence|wrongdoing|lapse|mistake|shortcoming|failing|failings|security failure|security lapse) (on|by) (our|its|the company's|the bank's|the council's) (part|side|systems)",
      weight: 0.85,
    },
    {
      id: "denial.nothing-exploited",
      pattern:
        "(nothing|no part) (about|in|on|of) (our|its|the company's) [_] [_] (platform|systems|system|servers|network|infrastructure|software|code|app|service|site|website) (was|were|has been|had been|is) [ever] (exploited|breached|hacked|compromised|infiltrated|penetrated)",
      weight: 0.85,
    },
    {
      id: "denial.no-system-compromised",
      pattern:
        "(no|none of (our|its|the)|not one|not a single|not one of (our|its)) [_] [_] (system|systems|server|servers|network|networks|database|databases|infrastructure|platform|platforms) [of ours|of its] (was|were|has been|have been|had been|is|are) [ever|_] (compromised|breached|hacked|accessed|infiltrated|penetrated|exploited)",
      weight: 0.85,
    },
    {
      id: "denial.own-systems-untouched",
      pattern:
        "(our|its|their|the company's|the bank's) [own] [_] [_] (database|databases|systems|system|servers|server|network|networks|infrastructure|platform) (was|were|has|have|had|is|are|remain|remained|remains) [been] (never|not) [been|ever been] [_] (touched|accessed|breached|compromised|hacked|penetrated|infiltrated|involved)",
      weight: 0.85,
      unless: "(what happened|(would|could|might) (not|never) have been|if (we|it|they) had not)",
    },
    {
      id: "denial.own-systems-secure",
      pattern:
        "(its|our|their|the company's|the bank's) own (systems|system|network|networks|servers|platform|infrastructure|databases|database) (were|are|was|is|remain|remained|remains) [fully|completely|entirely|all] (secure|safe|intact|uncompromised|unaffected|not breached|not compromised|not hacked)",
      weight: 0.85,
    },
    {
      id: "denial.customer-data-not-accessed",
      pattern:
        "(customer|user|member|client|patient|personal|our customers'|our users'|our members'|account) (data|information|details|records) (was|were|has|have|had) [been] (not|never) [been|ever been] (accessed|compromised|breached|stolen|taken|exfiltrated)",
      weight: 0.8,
      unless: "(whether|if|(would|could|might) (not|never) have been|we cannot|too early)",
    },
    {
      id: "denial.didnt-get-hacked",
      pattern: "(didn't|did not|never|haven't|have not|hasn't|has not|wasn't|weren't) (get|got|gotten|been|be) (hacked|breached|compromised|attacked|broken into)",
      weight: 0.85,
      unless: "(what happened|(would|could|might) (not|never)|if (we|it|they) had not|so (we|you|they) (don't|do not|didn't))",
    },
    {
      id: "denial.not-originate-from-systems",
      pattern:
        "(did not|didn't|does not|doesn't|do not|don't|never|not) (originate|come|stem|derive|emanate|contain any|include any|hold any|contain|include) [data|information|records|details] (from|in|out of) (our|its|their|the company's|the bank's|the airline's|the university's|the council's|the retailer's|any of our|any of its) [own] [_] [_] (systems|system|servers|network|networks|databases|database|platform|infrastructure|booking systems)",
      weight: 0.8,
      unless: "(if|whether)",
    },
    {
      id: "denial.disagree-with-decision",
      pattern:
        "(fundamentally|strongly|firmly|respectfully|profoundly|entirely|wholly) (~disagree|~dispute|~reject|~contest)",
      weight: 0.8,
      unless: "(critics|experts|researchers|regulators|campaigners|lawmakers|customers|users|victims)",
    },
    {
      id: "denial.disagree-and-appeal",
      pattern:
        "(we|the company|the bank|the firm|it) (~disagree|~dispute|~reject|~contest) (with the|the|this|these|its|that) [_] [_] [_] (decision|findings|finding|ruling|conclusions|conclusion|fine|allegations|claims|characterisation|characterization|determination|judgment|judgement|report|assessment|penalty|notice)",
      weight: 0.8,
      unless: "(critics|experts|researchers|regulators|campaigners|lawmakers|customers|users|victims) ** (~disagree|~dispute|~reject|~contest)",
    },
    {
      id: "denial.intend-to-appeal",
      pattern: "(intend|intends|plan|plans|will|would|we'll|to|going to) (appeal|challenge|contest) (the|this|that|its|it|against) [_] [_] (decision|ruling|fine|finding|findings|penalty|judgment|judgement|order|notice)",
      weight: 0.75,
    },
    {
      id: "denial.called-findings-inaccurate",
      pattern:
        "(~call|~describe|~dismiss|~brand|~label|~term|~characterise|~characterize) (the|these|those|its|their|this|that) [_] [_] [_] (findings|finding|decision|conclusions|ruling|report|claims|allegations|figures|assessment|story|article|reports) [as] (inaccurate|false|untrue|wrong|baseless|unfounded|misleading|incorrect|flawed|mistaken|erroneous|without merit|unfair)",
      weight: 0.8,
      unless: "(critics|experts|researchers|regulators|campaigners|lawmakers|customers|users|victims) ** (~call|~describe|~dismiss)",
    },
    {
      id: "denial.performed-as-designed",
      pattern:
        "(our|its|the company's|the bank's) [own] [_] (systems|system|network|platform|infrastructure|software|servers|security) (performed|worked|operated|functioned|behaved|held) [exactly|precisely|just|entirely|fully] (as (designed|intended|expected|they should|it should)|correctly|properly|normally)",
      weight: 0.75,
      unless: "(not|never|failed|whether|if)",
    },
    {
      id: "denial.did-everything-right",
      pattern:
        "(did|done|doing) (everything|nothing) (right|wrong|correctly|by the book|it should|it could|we could|we should)",
      weight: 0.8,
      unless: "((not|never|didn't|did not|haven't|hasn't) (did|done|do) everything|if we (did|had done)|whether)",
      negatable: false,
    },
    {
      id: "denial.no-wrongdoing",
      pattern: "(no|without|deny|denies|denied|denying|any) [_] (wrongdoing|impropriety|fault on our part|liability)",
      weight: 0.75,
      requires: "(we|our|the company|the bank|the firm|it|its|admit|admits|admitted|admitting|acted|deny|denies|denied|denying)",
      unless: "(found (no|any)|investigation|regulator|regulators|court) ** (wrongdoing)",
    },
    {
      id: "denial.nothing-of-the-kind",
      pattern: "(is|was|are|were|it's|that's) [simply|just|absolutely|categorically|plainly|flatly|clearly|frankly|really] (nothing of the kind|nothing of the sort|no such thing|not what happened|not what it appears)",
      weight: 0.8,
      negatable: false,
    },
    {
      id: "denial.reports-flatly-wrong",
      pattern:
        "(reports|claims|suggestions|allegations|rumours|rumors|stories|posts|headlines|speculation) that ** (are|is|were|was) [simply|flatly|completely|categorically|entirely|totally|just|absolutely|plainly|demonstrably] (wrong|false|untrue|inaccurate|incorrect|baseless|unfounded|misleading|nonsense|not true)",
      weight: 0.85,
      unless: OTHERS_DISPUTE,
    },
    {
      id: "denial.never-sold-data",
      pattern:
        "(never|do not|don't|did not|didn't|have not|haven't|has not|hasn't|does not|doesn't) (sold|sell|rent|rented|monetise|monetised|monetize|monetized|traded|trade|shared|share) (anyone's|any|user|users'|customer|customers'|your|personal|our users'|our customers'|members'|people's) [_] (data|information|details|records)",
      weight: 0.8,
      unless: "(without (your|their) (consent|permission)|unless|except)",
    },
    {
      id: "denial.is-a-forgery",
      pattern: "(is|are|was|were|appears to be|appear to be) [a|an|simply a|clearly a|obviously a] (forgery|forged|fake|fabricated|fabrication|doctored|hoax|not genuine|not authentic|counterfeit|made up)",
      weight: 0.8,
      requires: "(document|documents|list|lists|file|files|screenshot|screenshots|post|posts|data|sample|memo|email|letter|listing|database|dump|claim|claims)",
      unless: "((scam|phishing|fake) (email|emails|messages|texts|calls|websites|sites)|beware|watch out)",
    },
    {
      id: "denial.nothing-to-suggest-entry",
      pattern:
        "(nothing|no evidence|no sign|no signs|no indication|no reason to believe) [to suggest|to indicate|that suggests|that indicates|suggesting|indicating|of|that] ** (got into|gained access to|broke into|entered|accessed|got inside|penetrated) (our|its|the company's|the bank's) [_] (network|networks|systems|system|servers|infrastructure|databases|platform)",
      weight: 0.85,
    },
    {
      id: "denial.did-not-lose-data",
      pattern: "(did not|didn't|have not|haven't|has not|hasn't|never) (lose|lost|leak|leaked) (any|a single|one) [_] [_] (data|information|records|details|files|accounts|customer data)",
      weight: 0.8,
    },
    {
      id: "denial.do-not-have-any-indication",
      pattern: `(don't|do not|does not|doesn't|did not|didn't|have not|haven't|has not|hasn't) (have|see|seen|find|found|hold|possess) [any] [_] (evidence|indication|indications|sign|signs|trace|traces|proof|reason to believe|reason to think) [yet|to date|so far|at this time|at this stage|at present] [that|of|to suggest|to indicate|suggesting|indicating] ** ${INTRUSION}`,
      weight: 0.85,
      unless: "(ongoing|further|continued|continuing|additional|subsequent|beyond what|since then|since the|phrase|wording)",
    },
    {
      id: "denial.not-appear-to-have-come-from",
      pattern:
        "(did not|didn't|does not|doesn't|do not|don't|could not|couldn't|cannot|can't|never) [appear to|appear to have|seem to|seem to have|look to have|appear to be] (come|came|originate|originated|stem|stemmed|derive|derived|emanate|emanated|leak|leaked) (from|out of|in) [any of] [our|its|their|the company's|the bank's] [own] [_] [_] (systems|system|servers|server|network|networks|databases|database|infrastructure|platform|environment|estate)",
      weight: 0.8,
      unless: "(if|whether)",
    },
    {
      id: "denial.answer-is-no",
      pattern:
        "(hacked|breached|compromised|attacked|a hack|a breach|an attack|infiltrated|broken into) [_] (the answer is|answer|we say|say|the reply is|our answer is|respond with) [a|an] [firm|clear|simple|flat|unequivocal|emphatic] no",
      weight: 0.85,
      negatable: false,
    },
    {
      id: "denial.not-a-basic-error",
      pattern:
        "(was|were|is|are|'s) (not|never|in no way|by no means) (a|an) (basic|simple|elementary|careless|rookie|schoolboy|avoidable|obvious|sloppy) (error|mistake|lapse|oversight|failure|blunder)",
      weight: 0.75,
    },
    {
      id: "denial.defences-not-left-open",
      pattern:
        "(defences|defenses|doors|door|systems|security|network|networks|servers|data|databases|controls) (were|was|are|is|had|have|has) (not|never) [been] left (open|unlocked|unprotected|unguarded|unsecured|exposed|wide open|undefended)",
      weight: 0.8,
    },
    {
      id: "denial.purely-coincidental",
      pattern: "(purely|entirely|completely|simply|just|a|pure|total|sheer) (coincidental|coincidence)",
      weight: 0.7,
      requires: "(timing|time|announcement|release|released|said|says|insisted|spokesperson|spokesman|spokeswoman|we|our)",
      negatable: false,
      unless: "(not|no) [a|purely|just|simply] (coincidence|coincidental)",
    },
    {
      id: "denial.nothing-to-do-with-us",
      pattern:
        "(file|files|data|list|lists|leak|breach|dump|records|document|documents|database|screenshots|screenshot|post|posts|claims|claim|this|that|it|incident|attack|sample|spreadsheet|listing) (has|have|had|is|was) [got|absolutely] nothing [whatsoever] to do with (us|our|the company|this company|its|we|@we)",
      weight: 0.8,
    },
    {
      id: "denial.essentially-wrong",
      pattern: `${CLAIMS} (that|which) (is|are|was|were) (in its essentials|in essence|at its core|in substance|fundamentally|basically|essentially|substantially|materially|largely|in all essentials|on the essentials|wholly|mostly) ${FALSE}`,
      weight: 0.8,
      unless: OTHERS_DISPUTE,
    },
    {
      id: "denial.no-evidence-exploited-vulnerability",
      pattern:
        "(no|not any|without) [credible|current|_] (evidence|indication|sign|signs) ** ** (exploiting|exploited|exploitation of) (a|an|any) [_] (vulnerability|flaw|weakness|bug|security flaw) (in|of|on) (its|our|the company's|their) [own] [_] (systems|platform|network|software|servers|infrastructure|systems')",
      weight: 0.85,
    },
    {
      id: "denial.no-there-there",
      pattern: "no there there",
      weight: 0.75,
      negatable: false,
    },
    {
      id: "denial.nothing-was-taken",
      pattern:
        "(nothing|no data|no information|no customer data|no personal data|no records|none of the data|no files) (was|were|has been|had been|have been) [ever] (taken|stolen|removed|exfiltrated|copied|downloaded|extracted|lost|lifted) (from|out of) (our|its|the company's|the bank's|their|any of our) [own] [_] (systems|system|servers|network|networks|databases|database|platform|infrastructure|estate)",
      weight: 0.85,
    },
    {
      id: "denial.rejected-findings-as",
      pattern: `(~reject|~dismiss|~dispute|~call|~describe|~brand|~label) (the|these|those|its|their|this|that|today's|recent) [_] [_] (findings|finding|research|analysis|conclusions|report|reports|study|claims|allegations) as [_] ${FALSE}`,
      weight: 0.8,
      negatable: true,
      unless: "(critics|experts|regulators|campaigners|lawmakers|customers|users|victims) ** (~reject|~dismiss|~dispute|~call|~describe)",
    },
  ],
  hits: [
    "Our review found that the records did not appear to have come from our systems.",
    "That file has absolutely nothing to do with us.",
    "If a reporter asks whether we were breached, the answer is a firm no.",
    "Clubhouse has not been breached or hacked.",
    "The reports circulating online this morning are simply untrue.",
    "Recent stories suggesting that our network was hacked are false.",
    "We have found no evidence of any unauthorised access to our systems.",
    "The company insisted its servers had never been compromised.",
    { text: "If asked, say that there has been no breach of our systems.", mode: "directive" },
    { text: "We recommend that spokespeople firmly reject the claims made in the forum post.", mode: "directive" },
    { text: "The insurer flatly denied that any policyholder data had been stolen.", mode: "reported" },
    { text: "A spokesperson for the bank said it was not aware of any intrusion and described the reports as speculative.", mode: "reported" },
    "That is false.",
    "We categorically reject the allegations in today's article.",
    "The data did not originate from our systems.",
    "There is no truth to the suggestion that patient records were taken.",
    "The hacker's claims of access to our billing platform are fabricated.",
    "This was not a LinkedIn data breach, and no private member account data from LinkedIn was included in what we've been able to review.",
    "Our investigation found no indication that the network was ever infiltrated.",
    "The screenshots being shared are not from our systems.",
    "These claims are completely without merit.",
    "Reports that we shared customer records with advertisers are simply untrue.",
    "None of our core systems was compromised.",
    { text: "The company said it fundamentally disagreed with the regulator's findings.", mode: "reported" },
    "The document circulating online is a forgery.",
  ],
  misses: [
    "There is no evidence of further malicious activity since the account was secured.",
    "Remind reporters that this is not a new leak but a data set covered in 2021.",
    "What happened here is not a hack: someone used our public search tool to look numbers up one by one.",
    "There is no evidence that any of the stolen information has been misused.",
    "The spokesperson would neither confirm nor deny whether customer data was involved.",
    "The court denied the company's request to dismiss the class action.",
    "We got this wrong, and I take full responsibility.",
    "Criminals compiled these records by abusing our contact-upload feature; they did not break into our servers.",
    "Frame it as a scraping incident, not a security breach.",
    "Reuters could not independently verify the hackers' claims.",
    "Was the network breached?",
    "Critics say the company's claims that the data is public are misleading.",
    "Security experts dispute the company's account of events.",
    "There has been no further unauthorised access since the fix.",
    "The company insisted the incident was not a hack, saying the customer lists had been assembled by matching passwords leaked from other websites.",
    "The outage was caused by human error, not a cyber attack.",
    "The trust said patient care had not been compromised.",
  ],
} satisfies StrategyDef;
