import type { StrategyDef } from "../types.js";

/** Words that show the sentence is about attacks, leaks or abuse (a gate for the weaker cues). */
const THREAT =
  "(attack* | cyberattack* | cyber-attack* | incident* | breach* | leak* | hack* | scrap* | intrusion* | fraud* | phishing | ransomware | malware | bots | abus* | misus* | exposure* | data sets | dataset* | stolen | threat* | attempt* | criminal* | cybercrim* | harvest* | compromis* | scam* | probing | actors | gangs | lists | compilation* | credential* | dumps | exposed | cheat* | hostile | malicious | bot | logins | login attempts | scanner* | lookalike | login page* | spoof* | impersonat* | skimm* | combo)";
/** Independent experts and agencies speaking in their own voice (their forecast is not the organisation's frame). */
const EXPERT =
  "((analysts | researchers | experts | academics | commentators | critics | economists | europol | the ncsc | enisa) [at _ | at _ _] * (argue | argued | argues | say | said | says | warn | warned | warns | believe | believes | note | noted | notes) | (the | a) (researcher | analyst | expert | academic) (said | says | told | noted | argued) | said (dr | professor | prof) | (a | the) (lecturer | professor | analyst | researcher) (in | at | of))";
/** How often: the words that make a thing routine. */
const OFTEN =
  "(regularly | routinely | constantly | continually | continuously | daily | weekly | hourly | periodically | repeatedly | all the time | every (day | week | month | hour | minute | single day) | on a (daily | regular | weekly) basis | around the clock | day (in | after) day | (again | time) and again | over and over | from time to time | all too often | like clockwork | with [_] regularity | every (few | couple of) (days | weeks | months | years) | several times a (day | week | month | year))";

export default {
  id: "normalisation",
  label: "Normalisation",
  family: "diminish",
  theory:
    "Benoit: reducing offensiveness by minimisation (the event is made to look ordinary, so less offensive); SCCT: diminish. Made visible by the 2021 Facebook memo's plan to 'normalise the fact that this activity happens regularly'.",
  definition:
    "Leaks, scraping or attacks are presented as routine, regular, ongoing or simply to be expected: something that happens all the time, will happen again and is part of operating online, rather than an exceptional failure.",
  questions: [
    "If incidents like this are routine, what did you do after the last one, and why did it not stop this one?",
    "How many similar incidents have you had in the past two years, and were the affected people told each time?",
    "If you expect more of these, what are you doing now to make sure the next one does not expose your users?",
    "Which part of this incident was outside your control, and which part was a decision you made?",
  ],
  cues: ([
    // "normalise the fact that this happens regularly" (and the journalists' paraphrases of the plan)
    {
      id: "normalisation.normalise-the-fact",
      pattern:
        "~normalise (the fact | that | this | it | these | such | the issue | the activity | the idea | the notion | future | data scraping | scraping | leaks | breaches | attacks | incidents | data leaks | the leak | the leaks)",
      weight: 0.9,
    },
    // "this activity happens regularly", "data sets like this resurface regularly", "change hands every week"
    {
      id: "normalisation.happens-regularly",
      pattern: `(~happen | ~occur | ~take place | ~recur | ~appear | ~surface | ~resurface | ~reappear | ~emerge | ~re-emerge | ~circulate | ~recirculate | ~change hands | ~trade | traded | re-traded | ~sell | sold | resold | ~pop up | ~crop up | ~come along | ~arise | ~leak | ~keep coming | ~turn up | ~show up | ~do the rounds | ~make the rounds | ~get posted | ~get leaked | ~get shared) ** ${OFTEN}`,
      weight: 0.85,
      requires: THREAT,
      unless: "((~backup | ~back up | ~audit | ~review | ~test | ~train | ~patch | ~update | ~monitor | ~scan) * (regularly | routinely | daily | weekly | every) | (pointing | pointed | point | points | referring | referred | blamed | blaming | mentioned | mentioning | cited | citing | stressed | stressing) repeatedly)",
    },
    {
      id: "normalisation.regularly-happens",
      pattern: "(regularly | routinely | constantly | frequently | often | continually | commonly) (~happen | ~occur | ~take place | ~recur | ~appear | ~surface | ~resurface | ~circulate | ~change hands | ~target | ~attack | ~probe | ~face | ~see | ~experience | ~encounter | ~deal with)",
      weight: 0.75,
      requires: THREAT,
      unless: "(~backup | ~audit | ~review | ~test | ~train | ~patch | ~update | ~monitor | ~scan | ~assess | ~check)",
    },
    // "the fact that this is ongoing", "an ongoing, adversarial relationship"
    {
      id: "normalisation.this-is-ongoing",
      pattern: "(this | it | scraping | the activity | this activity | the problem | the threat | such activity | abuse | the abuse) is [an] ongoing",
      weight: 0.85,
      unless: "(investigation | inquiry | enquiry | review | analysis | assessment | work | effort | efforts | process | response | support | monitoring)",
    },
    {
      id: "normalisation.ongoing-battle",
      pattern:
        "(ongoing | constant | continuous | continual | perpetual | never-ending | endless | unending | permanent | relentless | persistent | daily | everyday | unrelenting | incessant | ceaseless | near-constant | round-the-clock | sustained) [and] [adversarial | evolving] (battle | fight | arms race | cat-and-mouse | cat and mouse | struggle | war | tug of war | adversarial relationship | barrage | onslaught | bombardment | stream of attacks | attack | attacks | attempts | cyberattacks | scraping | abuse | probing | threat | threats | wave of attacks | siege | assault)",
      weight: 0.8,
      unless: "(investigation | inquiry | our efforts | our work | we are investing | advanced persistent | persistent threat group | persistent threat actor)",
    },
    // "we expect more scraping incidents", "more data sets of this kind will appear", "must expect further incidents"
    {
      id: "normalisation.expect-more",
      pattern:
        "(~expect | ~anticipate | ~foresee | ~predict | likely to see | will see | bound to see | prepared for | brace for | bracing for | ready for) [to see | that] [there will be] (more | further | additional | similar | future | new | other | many more | repeated | continued | another) [such | similar | scraping | data | cyber | security | ransomware | phishing | hacking | fraud | large-scale | automated | credential] (incidents | incident | attacks | attack | cyberattacks | attempts | leaks | leak | breaches | breach | data sets | datasets | dumps | campaigns | waves | compilations | scraping | episodes | events of this kind | cases | disclosures | intrusions | of these | of the same | of this)",
      weight: 0.85,
    },
    {
      id: "normalisation.more-will-come",
      pattern:
        "(more | further | additional | other | similar | new) [such | similar] (incidents | attacks | attempts | leaks | breaches | data sets | datasets | dumps | compilations | lists | cases) [like this | like these | of this kind | of this type | of this nature | of the same kind] (will | are likely to | are bound to | are sure to | may well | can be expected to | are expected to) [continue to | keep] (appear | emerge | follow | surface | come | happen | occur | turn up | pop up | be published | be posted | circulate)",
      weight: 0.85,
    },
    {
      id: "normalisation.will-continue",
      pattern:
        "(incidents | attacks | attempts | breaches | leaks | data sets | datasets | scraping | such incidents | such attacks | this kind of thing | these things | events | things | cyberattacks | threats) [like this | like these | like this one | of this kind | of this type | of this nature] (will | are going to | are likely to | are bound to | can be expected to | are certain to) (continue | keep happening | keep coming | happen again | occur again | recur | persist | continue to occur | continue to happen | continue to appear | continue to emerge | keep occurring | keep appearing | keep surfacing | keep resurfacing | keep turning up | keep popping up | keep emerging | keep circulating | keep recurring | keep happening | always happen | always occur | be with us | remain a fact)",
      weight: 0.8,
      requires: THREAT,
    },
    {
      id: "normalisation.expect-to-continue",
      pattern:
        "~expect (this | these | that | those | such | it | them | attacks | attempts | incidents | scraping | abuse | the activity | activity | attackers | criminals | bad actors | fraudsters | cyberattack* | cyber-attack* | ~breach | ~leak | ~threat | phishing | ransomware | fraud) [activity | attempts | attacks | incidents] [like this | like these | of this kind] to (continue | keep coming | keep happening | persist | recur | happen again | increase | grow | rise | intensify | escalate | come back | return | evolve)",
      weight: 0.85,
    },
    {
      id: "normalisation.not-the-last",
      pattern: "(won't | will not | wouldn't | would not | isn't | is not | is unlikely to | is hardly | not) be the last (time | incident | breach | attack | leak | one | such | case | data set | we hear)",
      weight: 0.85,
    },
    {
      id: "normalisation.not-if-but-when",
      pattern: "((not | no longer) [just | simply] [a question of | a matter of] if but when | not whether but when | (a matter | a question) of when not if | when not if | when rather than if)",
      weight: 0.85,
    },
    // "attacks are on the rise"
    {
      id: "normalisation.seeing-more",
      pattern:
        "(~see | ~face | ~experience | ~encounter | ~detect | ~observe) (more | ever more | more and more | increasing numbers of | a growing number of | an increasing number of | a rising number of) (of them | of these | of this | such | ~attack | cyberattack* | ~attempt | ~incident | scraping | ~bot | fraud | phishing | ransomware | ~scam | ~intrusion) [each year | every year | every month | every week | each month | over time | than ever]",
      weight: 0.7,
      requires: THREAT,
    },
    {
      id: "normalisation.on-the-rise",
      pattern:
        "(~attack | cyberattack* | cyber-attack* | ~incident | ~breach | ~leak | ~threat | scraping | ransomware | phishing | ~fraud | cybercrime | cyber crime | cyber-crime | ~intrusion | ~attempt | ~scam | credential stuffing) ** (are | is | were | was | have been | has been | had been | keep | continue to) [all] (on the rise | rising | increasing | growing | surging | escalating | soaring | multiplying | climbing | proliferating | becoming more common | becoming more frequent | becoming more sophisticated | more common than ever | more frequent than ever)",
      weight: 0.7,
      unless: "(according to | report | survey | study | researchers | analysts | data from | figures | statistics | per cent | percent | found that)",
    },
    {
      id: "normalisation.growing-wave",
      pattern:
        "(rising | growing | increasing | escalating | surging | ever-growing | ever-increasing | mounting | relentless | unprecedented) (tide | wave | number | volume | threat | epidemic | scourge | surge | level) of [cyber | online | automated | criminal | malicious | sophisticated | ransomware | scraping | phishing | fraudulent | such] [~attack | ~incident | ~breach | ~leak | ~threat | activity | ~attempt | crime | cybercrime | fraud | scraping]",
      weight: 0.75,
      requires: THREAT,
      unless: "(according to | report | survey | study | researchers | analysts | figures | statistics | per cent | percent | found that)",
    },
    // "a fact of life", "part of running any service on the internet", "the new normal"
    {
      id: "normalisation.fact-of-life",
      pattern:
        "(a | an | the) [unfortunate | sad | regrettable | inescapable | unavoidable | simple | basic | modern | daily | everyday] (fact | reality | feature | part) of [modern | online | digital | internet | corporate | business | everyday | daily | our | today's] (life | existence | living | doing business | business today | the internet | being online | operating online | the modern world | the digital world | the digital age | the digital economy | the landscape)",
      weight: 0.85,
    },
    {
      id: "normalisation.reality-for-every",
      pattern:
        "(a | an | the) [unfortunate | sad | harsh | inescapable | unavoidable | everyday | daily | modern | simple | stark | grim | constant | growing] (reality | fact of life | part of life | part of everyday life) (for | of | in | across) (every | any | all | most | many | modern | today's | the modern | doing | online | businesses | organisations | organizations | companies | operating | running)",
      weight: 0.8,
      requires: THREAT,
    },
    {
      id: "normalisation.always-looking",
      pattern:
        "(always | constantly | continually | forever | perpetually | continuously | relentlessly) (looking for | trying | seeking | searching for | finding | probing | testing | developing | evolving | inventing | coming up with | hunting for | on the lookout for) [new | fresh | novel | other | creative | different] (ways | way | methods | techniques | tactics | loopholes | weaknesses | gaps | vulnerabilities | targets | to)",
      weight: 0.75,
      requires: THREAT,
    },
    {
      id: "normalisation.there-will-always-be",
      pattern:
        "(there will always be | there are always | there is always | will always be | will always find | always be) [some] (people | those | bad actors | criminals | someone | actors | attackers | individuals | fraudsters | scammers | hackers | groups | attempts | a risk | risk | threats) [who | willing to | out there] (trying | seeking | looking | attempting | try | seek | look | attempt | willing | prepared | intent | determined | ready | who)",
      weight: 0.75,
      requires: THREAT,
    },
    {
      id: "normalisation.part-of-running",
      pattern:
        "(part | a consequence | the price | a cost | a risk | a hazard | a byproduct | a by-product | an inevitable consequence | an unavoidable consequence | an occupational hazard) of (running | operating | doing business | being | having | offering | providing | maintaining | hosting | building) ** (service | services | platform | platforms | business | businesses | website | websites | company | online | internet | app | network | web)",
      weight: 0.8,
      requires: THREAT,
    },
    {
      id: "normalisation.new-normal",
      pattern: "(the new normal | par for the course | comes with the territory | come with the territory | part of the landscape | part of the territory | part and parcel | an occupational hazard | a cost of doing business | the cost of doing business | just how the internet works | how the internet works today | (the way | how) the (internet | web) works [now | today | these days])",
      weight: 0.8,
      requires: THREAT,
    },
    {
      id: "normalisation.inevitable",
      pattern: "(inevitable | unavoidable | inescapable | impossible to prevent | impossible to stop | impossible to eliminate | cannot be eliminated | can never be eliminated | cannot be prevented entirely | will always be with us | will always exist | will never go away | never going away)",
      weight: 0.7,
      requires: THREAT,
      unless: "(inevitable that we | inevitably delay | unavoidable delay | unavoidable disruption | unavoidably delayed | unavoidably closed)",
    },
    // "we can't always prevent data sets like these from recirculating"
    {
      id: "normalisation.cant-always-prevent",
      pattern:
        "(can't | cannot | can not | won't | will not | not | never | no one can | nobody can | no organisation can | no organization can | no company can | no platform can) [always | ever | fully | completely | entirely | totally | realistically | hope to] [be able to] (prevent | stop | eliminate | eradicate | block | rule out | guarantee against | keep out) ** (recirculating | from appearing | reappearing | resurfacing | every attack | all attacks | every attempt | all attempts | every incident | all incidents | every breach | all breaches | all scraping | all abuse | every scraper | data sets | these attacks | such attacks | such incidents | these incidents | this activity | such activity | it entirely | it completely | it altogether | attacks altogether | attempts)",
      weight: 0.85,
    },
    {
      id: "normalisation.recirculating",
      pattern: "(recirculat* | re-circulat* | resurfacing again | ~re-traded | traded and ~re-traded | ~reposted again | repeatedly ~repost | repeatedly ~resurface | repeatedly ~leak | repeatedly ~sell | sold and resold again and again)",
      weight: 0.8,
      requires: THREAT,
    },
    {
      id: "normalisation.circulating-for-some-time",
      pattern:
        "(circulating | circulated | floating around | doing the rounds | making the rounds | passed around | passing | passed | swapping | swapped | traded | trading | shared around | available) ** (for some time | for a while | for years | for months | for a long time | for ages | for quite some time | in various forms | in different forms | many times over | widely for)",
      weight: 0.75,
      requires: "(forum | forums | dark web | online | internet | hacker | hackers | criminal | criminals | underground | telegram | paste sites | marketplaces | data sets | dataset | data set)",
    },
    // "a daily occurrence", "routine", "commonplace", "nothing unusual"
    {
      id: "normalisation.daily-occurrence",
      pattern: "(a | an) [fairly | very | quite | relatively | pretty | sadly | unfortunately] (daily | everyday | regular | routine | common | frequent | weekly | normal | constant | ordinary | hourly | familiar | recurring | near-daily) (occurrence | event | phenomenon | thing | part of life | fact | experience | feature | reality | hazard | nuisance)",
      weight: 0.85,
      requires: THREAT,
    },
    {
      id: "normalisation.commonplace",
      pattern: "(~be | ~become | ~remain | now | increasingly | sadly | unfortunately) (commonplace | routine | ubiquitous | endemic | pervasive | rife | the norm | all too common | all too familiar | nothing unusual | nothing out of the ordinary | nothing extraordinary | not unusual | not uncommon | not out of the ordinary | nothing new for | an everyday reality | increasingly common | increasingly frequent | increasingly prevalent | more and more common | ever more common | more common | more frequent | ever-present | ever present | omnipresent | everywhere | constant | relentless | incessant | non-stop | nonstop)",
      weight: 0.75,
      requires: THREAT,
      unless: "((~be not | isn't | aren't | wasn't | weren't | ~be never | is by no means) (commonplace | routine | normal | the norm) | (common | routine) (sense | practice | maintenance | procedure | procedures | checks | check | security | tasks | stock | shares | law | ground | goal | scan | scans | test | tests | testing | audit | audits) | as normal | back to normal | returned to normal | normal operations | normal service)",
    },
    {
      id: "normalisation.describe-as-routine",
      pattern:
        "(~describe | ~call | ~characterise | ~present | ~portray | ~treat | ~frame | ~cast | ~dismiss | ~paint | ~depict | ~label | ~pass off | ~explain away | ~play down | ~downplay) ** as [a | an | just | simply | merely | nothing more than | little more than] [a | an] [matter of] (a constant | background noise | noise | routine | normal | commonplace | ordinary | everyday | unremarkable | business as usual | expected | inevitable | unavoidable | common occurrence | regular occurrence | daily occurrence | common | typical | usual)",
      weight: 0.85,
      requires: THREAT,
    },
    {
      id: "normalisation.no-surprise",
      pattern:
        "((no one | nobody | none of us | nobody here | no one here | anyone) should (be surprised | be shocked | find this surprising) | (come | comes | came) as (no | little) surprise | (hardly | not) (surprising | a surprise | unexpected | unusual | uncommon) | unsurprising* | only a matter of time)",
      weight: 0.75,
      requires: THREAT,
      negatable: false,
      unless: "(surprising that we | unexpected outage | unexpected error | unexpected downtime)",
    },
    // "attacked around the clock", "targeted thousands of times a day", "never stop"
    {
      id: "normalisation.to-be-expected",
      pattern:
        "(attacks | attempts | incidents | breaches | leaks | scraping | this | such | these | intrusions | data sets | cyberattacks | ~threat | abuse | misuse | fraud) [kinds of | sorts of | types of | _] * (are | is | will be | remain | should be | must be) [simply | sadly | unfortunately | always | now] (to be expected | expected | inevitable | unavoidable | a given | par for the course)",
      weight: 0.75,
      requires: THREAT,
      unless: "(is expected to (be | reach | cost | take | have | last) | are expected to (be | reach | cost | take | have | last) | expected (loss | losses | cost | costs | revenue | date | to be restored))",
    },
    {
      id: "normalisation.constant-target",
      pattern: "[a | an] (constant | frequent | regular | daily | persistent | perennial | routine | permanent | continual | continuous | everyday | ongoing) (target | targets) (for | of)",
      weight: 0.75,
      requires: THREAT,
    },
    {
      id: "normalisation.targeted-constantly",
      pattern:
        "(~target | ~attack | ~probe | ~scan | ~hit | under attack | under constant attack | under siege | in the crosshairs | a target | a constant target | a prime target | bombarded | ~face | ~see | ~fend off | ~deal with | ~observe) ** (around the clock | every single day | every day | every hour | every minute | every second | constantly | continuously | continually | day and night | thousands of times | millions of times | hundreds of times | tens of thousands | daily basis | on a daily basis | all the time | day in day out | relentlessly | incessantly | nonstop | non-stop)",
      weight: 0.8,
      requires: THREAT,
      unless: "(~monitor | we review | we audit | we back up | ~train | ~patch) * (around the clock | every day | constantly)",
    },
    {
      id: "normalisation.never-stop",
      pattern:
        "(~attack | ~attempt | ~attacker | cyberattack* | scraping | scraper* | bad actors | criminals | fraudsters | hackers | ~threat | the abuse | misuse | probing | abuse) ** (never stop | never stops | never ends | never end | never let up | never lets up | never go away | never goes away | do not stop | don't stop | doesn't stop | does not stop | don't let up | won't stop | will not stop | will never stop | never rest | never sleep | keep coming | keeps coming | keep trying | keeps trying | don't give up | never give up)",
      weight: 0.85,
    },
    // "one more example", "another example of the ongoing ...", "part of a wave of similar incidents"
    {
      id: "normalisation.another-example",
      pattern:
        "(another | one more | yet another | just another | simply another | just one more | only the latest | merely the latest | simply the latest | just the latest | the latest) (example | instance | case | episode | chapter | illustration | reminder | data set | dump | compilation | round) (of | in | among)",
      weight: 0.75,
      requires: THREAT,
      unless: "(failure | failures | negligence | lax | poor security | sloppy | mismanagement | the latest in a (string | series | spate | line) of | (why | how) (customers | users | people | you | everyone | consumers) | (why | how) (it is | it's) important)",
    },
    {
      id: "normalisation.part-of-a-wave",
      pattern:
        "(part | one) of (a | an | the) [larger | broader | wider | global | long-running | long-standing | recurring | ongoing | growing | well-known | familiar | regular] (wave | spate | pattern | series | string | trend | surge | rash | flood | epidemic | stream | succession | cycle | campaign) of [similar | such | comparable | recurring | repeated | automated | coordinated | these | cyber | ransomware | phishing | scraping | hacking | criminal | malicious] (~attack | cyberattack* | ~incident | ~breach | ~leak | ~attempt | scraping | ~intrusion | activity | ~compromise | ~fraud | data sets | ~dump | ~campaign | ~hack | ~scam | ~exposure)",
      weight: 0.8,
      // a wave that hits peers is the sector-problem frame ("a wave of attacks on municipalities nationwide")
      unless: "(@sectorpeers | nationwide | statewide | across the (state | country | region | sector | industry | continent))",
    },
    {
      id: "normalisation.doing-the-rounds",
      pattern: "(doing | done | making | made) the rounds ** (for years | for months | for some time | for a while | for a long time | for ages | since | many times | again and again)",
      weight: 0.75,
    },
    {
      id: "normalisation.part-of-a-trend",
      pattern: "(part | one) of (a | an | the) [wider | broader | global | growing | larger | long-running | long-standing | worldwide | industry-wide | sector-wide] (trend | pattern | phenomenon) [of | affecting | across | in | that | we are seeing | seen]",
      weight: 0.75,
      requires: THREAT,
      unless: "(@sectorpeers | nationwide | statewide | across the (state | country | region | sector | industry | continent))",
    },
    {
      id: "normalisation.adversarial-relationship",
      pattern: "(adversarial | cat-and-mouse | cat and mouse | never-ending) (relationship | game | battle | contest | dynamic | struggle)",
      weight: 0.8,
    },
    {
      id: "normalisation.common-tactic",
      pattern: "(a | an) (common | widespread | routine | everyday | frequent | well-worn | familiar | standard | popular) (tactic | practice | occurrence | trick | ploy | playbook move)",
      weight: 0.7,
      requires: THREAT,
      unless: "(common practice (is | to) | best practice | industry practice | standard practice for | never | don't | do not | be wary | be careful | be alert | be vigilant | beware | watch out)",
    },
    {
      id: "normalisation.a-fact-it-happens",
      pattern: "(this | it | scraping | such activity | this activity | this kind of thing | these things) (happens | happened | will happen | can happen | is going to happen) (to everyone | to everybody | to anyone | to all of us | to every company | to all companies | everywhere | all over | sometimes | from time to time | occasionally | now and then)",
      weight: 0.7,
      requires: THREAT,
    },
    // "a sharp rise in attacks", "record volumes of attempts", "one of the most common threats"
    {
      id: "normalisation.rise-in-attacks",
      pattern:
        "(sharp | steady | significant | dramatic | marked | big | huge | rapid | continued | constant | relentless | steep | massive | substantial | global | worldwide | wider | broader | general | industry-wide | sector-wide | international) (rise | increase | surge | growth | spike | uptick | jump | climb) in [the number of] [_] [_] (~attack | cyberattack* | cyber-attack* | ~incident | ~breach | ~leak | ~attempt | scraping | ~scam | phishing | ransomware | ~fraud | ~intrusion | ~threat | cybercrime | activity)",
      weight: 0.75,
      unless: "(according to | report | survey | study | researchers | analysts | data from | figures | statistics | per cent | percent | found that)",
    },
    {
      id: "normalisation.surged",
      pattern:
        "(~attack | cyberattack* | cyber-attack* | ~incident | ~breach | ~leak | ~threat | scraping | ransomware | phishing | ~fraud | cybercrime | ~intrusion | ~attempt | ~scam) ** (have | has) [all] [steadily | sharply | rapidly | dramatically | significantly] (surged | risen | soared | increased | grown | multiplied | climbed | escalated | rocketed | spiked | exploded | become more common | become more frequent | become increasingly common | become commonplace)",
      weight: 0.7,
      unless: "(according to | report | survey | study | researchers | analysts | data from | figures | statistics | per cent | percent | found that | since (the | our) (fix | change | patch))",
    },
    {
      id: "normalisation.record-volumes",
      pattern: "(record | unprecedented | ever-increasing | ever-growing | growing | rising) (volumes | volume | numbers | levels) (of | in)",
      weight: 0.7,
      requires: THREAT,
      unless: "(according to | report | survey | study | per cent | percent | sales | orders | customers | demand)",
    },
    {
      id: "normalisation.most-common-threat",
      pattern:
        "(one of | among) the (most | more) (common | frequent | prevalent | widespread | pervasive | persistent) (threats | threat | attacks | risks | crimes | forms of [_] (crime | attack | fraud) | types of [_] (crime | attack | fraud) | scams | problems | challenges)",
      weight: 0.75,
      requires: THREAT,
    },
    {
      id: "normalisation.ever-present-risk",
      pattern:
        "(ever-present | ever present | omnipresent | perennial | permanent | persistent | constant | ever-growing | ever-evolving | ongoing | enduring | never-ending) [and] [growing | evolving | increasing | rising | changing] (risk | threat | danger | menace | hazard | feature)",
      weight: 0.75,
      requires: THREAT,
      unless: "(advanced persistent | persistent threat (group | actor) | ongoing (investigation | review))",
    },
    // "a constant stream of automated attacks", "part of that constant background"
    {
      id: "normalisation.constant-stream",
      pattern:
        "(constant | continuous | continual | steady | endless | never-ending | unending | relentless | daily | ceaseless | incessant | perpetual) (stream | barrage | flood | torrent | flow | drumbeat | hum | volley | trickle | supply) of [_] [_] (~attack | cyberattack* | ~attempt | ~threat | ~scam | phishing | ~bot | ~request | ~probe | ~intrusion | ~leak | ~breach | ~incident | abuse | fraud | scraping | data sets | ~list)",
      weight: 0.8,
    },
    {
      id: "normalisation.background-noise",
      pattern: "(background noise | background hum | background radiation | constant background | part of the background | background level of | background activity | background threat)",
      weight: 0.8,
      requires: `(${THREAT.slice(1, -1)} | activity | this | it)`,
    },
    {
      id: "normalisation.routine-pattern",
      pattern:
        "(part of | as | reads as | read as) (a | an | the) (routine | regular | normal | familiar | recurring | predictable | ongoing | well-established | established) [_] (pattern | cycle | occurrence | phenomenon | rhythm | trend | background | flow)",
      weight: 0.8,
    },
    {
      id: "normalisation.ongoing-phenomenon",
      pattern:
        "(ongoing | recurring | perennial | constant | permanent | routine | long-running | long-standing | persistent | chronic) [and] [industry-wide | sector-wide | global | widespread | _] (phenomenon | feature of | occurrence | nuisance | fact of life | part of the landscape)",
      weight: 0.8,
      requires: THREAT,
    },
    // "millions of malicious login attempts every day", "every day, banks fend off thousands of attempts"
    {
      id: "normalisation.thousands-every-day",
      pattern:
        "(thousands | millions | hundreds | billions | tens of thousands | hundreds of thousands | countless | dozens) of [_] [_] [_] (~attack | cyberattack* | ~attempt | ~request | ~account | ~bot | ~scam | phishing | ~intrusion | ~threat | ~email | ~probe | ~login | ~site | ~cheat) [_] [_] [_] (every | each | a | per) (day | week | month | hour | minute | second | night)",
      weight: 0.8,
      requires: THREAT,
      unless: "(customers | users | members | patients | visitors | orders | transactions | payments) (every | each | a | per) (day | week | month)",
    },
    {
      id: "normalisation.every-day-thousands",
      pattern:
        "(every | each) (day | week | month | hour | minute | night | single day) ** (~fend off | ~block | ~repel | ~turn away | ~stop | ~ban | ~thwart | ~deflect | ~defend against | ~detect | ~remove | ~take down | ~face | ~see | ~receive | ~deal with | ~handle) (thousands | millions | hundreds | billions | countless | dozens | tens of thousands | hundreds of thousands) of",
      weight: 0.8,
      requires: THREAT,
    },
    // "there will be more of these lists", "we expect to see more of, not less", "we expect more of it"
    {
      id: "normalisation.there-will-be-more",
      pattern:
        "there (will | are going to | are likely to | are bound to | is sure to | will surely | will certainly | will inevitably) be (more | further | other | many more | plenty more) (of these | of them | of this | like this | like these | such | incidents | attacks | attempts | leaks | lists | breaches | data sets | datasets | dumps | compilations | cases)",
      weight: 0.8,
    },
    {
      id: "normalisation.expect-to-see-more",
      pattern: "(~expect | ~anticipate | likely) to (see | experience | face | encounter | be hit by | suffer) (more | more of | many more | further | a lot more | more and more | an increase in)",
      weight: 0.8,
      requires: THREAT,
    },
    {
      id: "normalisation.expect-more-of-it",
      pattern: "(we | i | you | they | everyone | companies | platforms) (~expect | ~anticipate) (more of (it | this | them | these | the same) | to see more of (it | this | them | these | the same) | it to happen again | this to happen again)",
      weight: 0.8,
    },
    {
      id: "normalisation.continue-to-experience",
      pattern:
        "(~expect | ~anticipate | likely) to (continue | keep) [to] (experience | experiencing | see | seeing | face | facing | be targeted | being targeted | suffer | suffering | encounter | encountering | be the target | be a target)",
      weight: 0.8,
      requires: THREAT,
    },
    {
      id: "normalisation.ordinary-course",
      pattern: "(ordinary | normal | regular | usual) course of (business | operations | operating | our business)",
      weight: 0.75,
      requires: THREAT,
    },
    {
      id: "normalisation.part-of-everyday-life",
      pattern:
        "(~be | ~become | ~remain) [simply | just | sadly | now | unfortunately | increasingly | firmly] [a | an] part of (everyday | daily | modern | normal | ordinary | online | digital | day-to-day | working) (life | existence | business | living | operations)",
      weight: 0.8,
      requires: THREAT,
    },
    // "get people used to the idea", "messaging approach: normalise"
    {
      id: "normalisation.get-used-to",
      pattern:
        "(get | getting | got | make | making) (people | users | the public | the media | journalists | reporters | everyone | audiences | customers | readers | stakeholders | them) (used to | accustomed to | comfortable with) (the idea | the fact | it | this | seeing | hearing | such)",
      weight: 0.85,
    },
    {
      id: "normalisation.approach-normalise",
      pattern: "(approach | strategy | posture | line | messaging | goal | aim | objective | tactic | plan | recommendation | narrative) [is] [to] ~normalise",
      weight: 0.85,
    },
    {
      id: "normalisation.cannot-guarantee-every",
      pattern:
        "(cannot | can't | can not | unable to | no (company | organisation | organization | one | system) can | impossible to) guarantee ** (every | all | any | each) (incident | incidents | attack | attacks | attempt | attempts | breach | breaches | intrusion | intrusions | threat | threats)",
      weight: 0.75,
    },
    {
      id: "normalisation.one-of-thousands",
      pattern: "(one of | among | just one of | only one of) (thousands | millions | hundreds | many | countless | dozens) [of] [_] [_] [_] [_] [_] (every | each | a | per) (day | week | month | year | hour)",
      weight: 0.8,
      requires: THREAT,
    },
    {
      id: "normalisation.only-going-to-increase",
      pattern: "(only going to | will only | are only going to | is only going to | can only | set to | bound to | certain to) (increase | grow | rise | get worse | intensify | escalate | become more common | become more frequent | multiply | accelerate)",
      weight: 0.75,
      requires: THREAT,
      unless: "(prices | costs | sales | revenue | demand | investment | spending | our (investment | commitment | efforts))",
    },
    {
      id: "normalisation.unrealistic-to-expect",
      pattern: "(unrealistic | impossible | naive | naïve | not realistic | not possible | fanciful) to (expect | believe | think | assume | imagine) ** (stop | prevent | eliminate | block | eradicate | rule out | keep out)",
      weight: 0.8,
      requires: THREAT,
    },
    {
      id: "normalisation.expect-that-will-continue",
      pattern: "(~expect | ~anticipate | ~predict | ~foresee) that ** (will | would) (continue | keep | grow | increase | rise | intensify | persist | recur | escalate | happen again | become more common | become more frequent)",
      weight: 0.8,
      requires: THREAT,
      unless: "(investigation | inquiry | review | enquiry | work | efforts | demand | sales | prices | growth) (will | would)",
    },
    // "cybercriminals, increasingly sophisticated and persistent", "a group that has been increasingly active"
    {
      id: "normalisation.increasingly-active",
      pattern: "increasingly (active | aggressive | sophisticated | prolific | bold | brazen | organised | organized | persistent | determined | frequent | common | widespread | prevalent | industrialised | industrialized)",
      weight: 0.7,
      requires: THREAT,
      unless: "((our | we | their) * increasingly | increasingly (sophisticated | persistent) (defences | defenses | tools | security | controls | detection | systems | monitoring))",
    },
    {
      id: "normalisation.increasing-in-frequency",
      pattern: "(increasing | growing | rising | grown | grow | grows | risen | rise | rises) in (frequency | number | numbers | sophistication | scale | volume | severity | intensity | regularity)",
      weight: 0.75,
      requires: THREAT,
      unless: "(according to | report | survey | study | per cent | percent | found that)",
    },
    // "it was common for consumer web services to be targeted by bad actors"
    {
      id: "normalisation.common-for-peers",
      pattern: "(common | routine | normal | not unusual | not uncommon | typical | usual | commonplace | standard | nothing unusual) for ** to (be targeted | be attacked | be hit | be probed | be scraped | be breached | be tested | face | see | experience | receive | encounter | deal with | be on the receiving end)",
      weight: 0.8,
      requires: THREAT,
    },
    // "fraudsters will always try their luck"
    {
      id: "normalisation.will-always-try",
      pattern: "(fraudsters | criminals | hackers | scammers | attackers | bad actors | bots | scrapers | cybercriminals | thieves | crooks | fraud rings | gangs | someone | somebody | people | adversaries) will always (try | attempt | look | probe | target | find | be | seek | test | have a go | chance)",
      weight: 0.8,
    },
    {
      id: "normalisation.no-peer-stops-every",
      pattern: "no [single | one] @sectorpeers (can | could | will ever) [ever] [fully | completely | entirely | realistically | hope to] (stop | prevent | block | eliminate | catch | thwart) (every | all | each) [single] [_] (attempt | attempts | attack | attacks | incident | incidents | breach | breaches | scam | scams | fraud | intrusion | intrusions)",
      weight: 0.8,
    },
    // "this is what running a marketplace looks like"
    {
      id: "normalisation.what-running-looks-like",
      pattern: "what (running | operating | being | doing business as | managing) (a | an | any) [_] [_] @sectorpeers (looks like | is like | means | involves | entails)",
      weight: 0.8,
    },
    {
      id: "normalisation.cost-of-business-online",
      pattern: "(the | a) (cost | price | risk | hazard | reality | reality) of (doing business | operating | being | trading | running a business) (online | on the internet | on the web | digitally | in the digital age | in the digital world)",
      weight: 0.8,
    },
    // "bad actors have been passing it around on forums ever since"
    {
      id: "normalisation.passed-around-ever-since",
      pattern: "(passing | passed | swapping | swapped | trading | traded | sharing | shared | reselling | resold) (it | them | this | these | the data | the list | the file | copies) around ** (ever since | since then | for years | for months)",
      weight: 0.8,
    },
    // "another day, another combo list"
    {
      id: "normalisation.another-day-another",
      pattern: "another day another",
      weight: 0.8,
      requires: `(${THREAT.slice(1, -1)} | list | combo | dump | database)`,
    },
    // "scanners knock on our door thousands of times an hour"
    {
      id: "normalisation.times-per-period",
      pattern: "(thousands | millions | hundreds | billions | tens of thousands | hundreds of thousands | countless | dozens) of times (a | an | per | every | each) (day | hour | minute | second | week | night)",
      weight: 0.8,
      requires: THREAT,
    },
    // "something the platform lives with every day"
    {
      id: "normalisation.live-with-daily",
      pattern: "~live with ** (every day | daily | all the time | constantly | day in day out | on a daily basis | every single day | every week | around the clock)",
      weight: 0.8,
      requires: `(${THREAT.slice(1, -1)} | something | a constant)`,
    },
    // "the ongoing wave of credential-stuffing attacks"
    {
      id: "normalisation.ongoing-wave",
      pattern: "(ongoing | continuing | constant | relentless | never-ending | endless | perpetual | long-running) (wave | stream | barrage | series | campaign | tide | flood | spate) of [_] [_] (~attack | ~attempt | ~incident | ~breach | scraping | ~intrusion | ~scam | fraud | phishing | ~leak)",
      weight: 0.8,
    },
  ] as StrategyDef["cues"]).map((c) => ({ ...c, unless: c.unless ? `(${c.unless} | ${EXPERT})` : EXPERT })),
  hits: [
    { text: "In the long term we expect more scraping incidents and it is important to frame this as a sector problem and normalize that this happens regularly.", mode: "directive" },
    { text: "Longer term, we expect more incidents of this type, and it is key that we normalise the fact that this activity takes place routinely.", mode: "directive" },
    { text: "Key messages: attempts to abuse online services never stop, and we fully expect to see more data sets like this one.", mode: "directive" },
    { text: "We recommend stressing that scraped lists resurface regularly and that this one is not unusual.", mode: "directive" },
    { text: "An internal memo revealed that the company hoped to normalise data scraping leaks.", mode: "reported" },
    { text: "The bank said fraud attempts against its customers were now a daily occurrence.", mode: "reported" },
    { text: "The operator described the leak as a routine event that any large network should expect.", mode: "reported" },
    "Scraping of public profiles is a common tactic, and we can't always prevent data sets like these from recirculating.",
    "We hope this helps normalize the fact that this is ongoing.",
    "Sadly, ransomware attacks on hospitals are now commonplace.",
    "Large retailers are targeted thousands of times a day, and bad actors keep trying new methods.",
    "Compilations of old credentials change hands on criminal forums every week.",
    "Realistically, this won't be the last data set of this kind to appear online.",
    "For any organisation that holds customer data, a cyberattack is no longer a question of if, but when.",
    "Credential stuffing attacks have been rising for years and will keep coming.",
    "Phishing is simply part of operating an online business today.",
    "Data harvesting is an unfortunate reality of the modern internet and a fact of online life.",
    "This list is just another example of stolen records being traded and re-traded online.",
    "Nobody should be surprised that criminals are probing our systems; it happens to everyone.",
    "We anticipate further leaks of this kind in the months ahead.",
    "The attack is part of a long-running series of similar intrusions.",
    "Exposed credential lists show up on paste sites every few months.",
    "Our filters turn away tens of thousands of bot requests every hour.",
    "We anticipate that hostile probing of our network will continue to grow.",
    "Phishing has become increasingly common, and this campaign is one of many we see.",
    "Part of our job is to get journalists used to the idea that such data sets keep turning up.",
    "Crooks will always try to game a payments app.",
    "Another day, another leaked list of logins.",
    "Bots hammering the login page is just what running a large marketplace looks like.",
    "Credential stuffing was on the rise and no retailer can stop every attempt.",
    "Our mail servers are probed by scanners hundreds of times a minute.",
  ],
  misses: [
    "This is not something that happens regularly; it was an isolated incident and we are treating it as such.",
    "We do not expect further incidents, because the vulnerability has been closed.",
    "The investigation is ongoing, a company spokesperson confirmed.",
    "We normalised the database schema during the migration to the new platform.",
    "Our engineers back up customer records every day.",
    "We expect more customers to join the loyalty programme this year.",
    "Services have now returned to normal and all stores are open as usual.",
    "Ransomware attacks on hospitals rose by 40 percent last year, according to a report from a security firm.",
    "Scraping is the automated extraction of data from websites by software bots.",
    "Scraping is an industry-wide challenge that every platform faces.",
    "The data set was first posted on a hacker forum on Sunday.",
    "We review our security controls regularly with independent auditors.",
    "The breach is part of a wave of ransomware attacks on hospitals nationwide.",
    "Our customers place thousands of orders every day through the app.",
    "The firm distanced itself from the leak, citing repeatedly its supplier's failings.",
    "'We expect more of these incidents,' said Professor Jane Holt, a lecturer in security at Leeds.",
    "The data set has been widely available ever since it was first published in 2021.",
  ],
} satisfies StrategyDef;
