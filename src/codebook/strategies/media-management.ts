import type { StrategyDef } from "../types.js";

/** Coverage and its synonyms: what a communications plan manages. */
const COVERAGE =
  "(coverage | media coverage | press coverage | news coverage | press interest | media interest | public interest | media attention | press attention | public attention | the story | this story | the news cycle | news cycle | headlines | the headlines | press volume | media volume | the noise | noise | attention | interest | the conversation | scrutiny | media scrutiny | the fuss | the furore | the furor | the outcry | the backlash | the controversy)";
/** Press and media words (gate for the weaker cues). */
/** A communication the organisation plans or drafts. */
const ARTIFACT =
  "(statement | statements | letter | ceo letter | post | blog post | blog | release | press release | notice | email | video | apology video | announcement | tweet | thread | update | script | q&a | faq | interview | op-ed | reply | replies | holding statement | briefing | copy)";
/** Literal, textbook talk about PR tools (a mention, not a use). */
const TEXTBOOK = "(textbook | chapter | lecture | course | module | students | academics | how crisis managers | crisis managers use | syllabus)";
const PRESS =
  "(press | media | coverage | story | stories | journalist* | reporter* | outlet* | news | headline* | newspaper* | papers | broadcaster* | narrative | pr | comms | communications | statement | statements | messaging | spokes*)";

export default {
  id: "media-management",
  label: "Media management",
  family: "manage",
  theory:
    "Not a response strategy in Benoit's or Coombs' typology but the planning around them: managing the timing, volume, channel and narrative of coverage (issues management, agenda-setting). Made visible by the 2021 Facebook memo, which tied its silence to 'press volume' and planned a 'follow-up post' to reframe the story.",
  definition:
    "The text plans or manages coverage rather than addressing the incident: when and where to publish, how to make a story fade or shift, which narrative or message to push, which words to avoid, which holding statements, reactive lines and talking points to use. Mostly found in internal memos and in reports about them.",
  questions: [
    "Was the timing of your announcement chosen to limit coverage?",
    "Which messages were spokespeople told to stress, and which to avoid?",
    "Did you plan any statement or post on this incident for after the coverage had died down?",
  ],
  cues: [
    // "as long as media coverage continues to dwindle", "until coverage dies down", "wait for interest to subside"
    {
      id: "media-management.coverage-dwindles",
      pattern:
        `${COVERAGE} ** (~dwindle | ~die down | ~died down | ~die away | ~subside | ~fade | ~taper off | ~tail off | ~drop off | ~calm down | ~cool off | ~blow over | ~peter out | ~wane | ~ebb | ~quiet down | ~quieten down | ~run its course | ~move on)`,
      weight: 0.85,
      requires: PRESS,
      unless: "((interest | mortgage | loan) (rate | rates) | symptoms | pain | swelling | floodwater* | storm | fever)",
    },
    {
      id: "media-management.press-volume",
      pattern: "((press | media | news | coverage | inbound | inquiry | enquiry) (volume | volumes | levels | pickup | pick-up) | volume of (coverage | press | media | inquiries | enquiries | stories | press inquiries | media inquiries | media enquiries))",
      weight: 0.85,
    },
    {
      id: "media-management.news-cycle",
      negatable: false,
      pattern: "(news cycle | news cycles | second news cycle | same-day coverage | weekend papers | sunday papers | national outlet | national outlets | tier-one outlets | tier one outlets | friendly outlets | friendly journalists | friendly reporters | friendly media | sympathetic journalists | sympathetic outlets | trusted journalists)",
      weight: 0.75,
      requires: "(before | ahead | until | avoid | unless | if | once | miss | brief | briefing | pitch | offer | exclusive | placement | place | target | wait | hold | quiet | slow | friendly | sympathetic | trusted | dominate | dominates | space out | spread | not)",
    },
    {
      id: "media-management.picks-up-story",
      pattern:
        "(~pick up | ~run with | ~get hold of | ~catch wind of | ~latch onto | ~latch on to | ~jump on | ~seize on) (the | this | our) (story | news | leak | memo | issue | angle)",
      weight: 0.8,
      requires: "(unless | if | once | before | until | when | should | in case | risk | avoid)",
    },
    // reactive statements, holding lines, talking points, key messages, lines to take
    {
      id: "media-management.reactive-statement",
      pattern:
        "((reactive | holding) (statement | statements | line | lines | posture | response | responses | q&a | qa | q and a | comms | communications | basis | only | messaging | messages | position | use) | reactive (press | media | approach to (the press | the media | journalists)) | proactive (media | press) (outreach | pitching | briefing | briefings | strategy))",
      weight: 0.9,
      unless: TEXTBOOK,
    },
    {
      id: "media-management.talking-points",
      pattern:
        "(talking points | talking-points | key messages | key message | core messages | messaging points | message points | message house | messaging framework | messaging guidance | lines to take | line to take | press lines | media lines | agreed lines | approved lines | speaking notes | briefing notes | briefing note | briefing pack | press briefing pack | media pack | q&a document | comms plan | communications plan | communications strategy | comms strategy | media strategy | media plan | pr plan | pr strategy | pr playbook | crisis playbook | crisis comms | crisis communications plan | communications playbook | messaging pillars | message pillars | messaging pillar | media grid | comms grid | communications grid | announcement grid | draft q&a | reactive q&a | press q&a | media q&a)",
      weight: 0.85,
      unless: `((political | campaign | campaign's | candidate | candidate's | republican | democrat* | labour | tory | conservative | party | party's | his | her | election | government's | minister's) talking points | ${TEXTBOOK})`,
    },
    {
      id: "media-management.messaging-should",
      pattern:
        "(our | the | key | core | consistent | external | public | overall | press | media | all) (messaging | messages | message | comms | communications | story) (should | must | needs to | need to | will need to | has to | have to | is to | are to | stays | stay | remains | remain | focuses | focus | centres | centers | leans | lean) [firmly | squarely | consistently | only | strictly] (be | on | around | stay | remain | focus | centre | center | emphasise | emphasize | stress | highlight | consistent | aligned | tight | simple | clear | positive | limited | about)",
      weight: 0.8,
      unless: "(app | apps | service | services | encrypted | end-to-end | platform | text messages | sms | email messages | phishing | suspicious | (sent | addressed | directed) to)",
    },
    // the narrative, the conversation, the focus
    {
      id: "media-management.control-narrative",
      pattern:
        "(control | controlling | shape | shaping | own | owning | drive | driving | change | changing | shift | shifting | steer | steering | manage | managing | get ahead of | getting ahead of | stay ahead of | staying ahead of | set | setting | reframe | reframing | reset | resetting | move | moving | turn | turning | seize | take back | regain control of | spin | spinning | kill | killing | bury | burying | defuse | defusing | contain | containing | dampen | dampening | take the sting out of | take the heat out of | lower the temperature of) (the | this | our | that | its) [media | news | press | public | wider | overall] (narrative | story | conversation | headlines | news cycle | coverage | news agenda | noise | storyline | optics)",
      weight: 0.85,
    },
    {
      id: "media-management.narrative-should",
      pattern:
        "(narrative | story | conversation | storyline) (should | must | needs to | need to | will | would | can | could) [then | instead | gradually | naturally | quickly] (centre | center | focus | shift | move | turn | stay | remain | be about | be on | be kept | rest | pivot | settle) [away] (on | around | from | to | towards | onto | on to | about)",
      weight: 0.8,
      requires: PRESS,
    },
    {
      id: "media-management.shift-focus",
      pattern:
        "(shift | shifts | shifting | shifted | move | moves | moving | moved | redirect | redirects | redirecting | redirected | steer | steers | steering | steered | turn | turns | turning | draw | drawing | divert | diverts | diverting | diverted | deflect | deflects | deflecting | deflected | take | taking | pull | pulling) [the] (focus | attention | conversation | story | spotlight | narrative | coverage | discussion | debate | questions | interest | scrutiny | media attention | public attention) (away | elsewhere | off | from)",
      weight: 0.85,
      unless: "(critics | advocates | campaigners | experts | analysts | opponents | lawmakers | regulators | privacy groups) ** (say | said | says | argue | argued | called | accused | claim | claimed)",
    },
    {
      id: "media-management.conversation-shifts",
      pattern: "(so | so that | until | once) (the | this) (conversation | story | narrative | coverage | focus | attention | debate | discussion) (shifts | moves | turns | changes | is about | becomes about | centres | centers | pivots | fades | dies down)",
      weight: 0.85,
    },
    {
      id: "media-management.keep-the-focus",
      pattern:
        "(keep | keeping | kept | put | putting | place | placing | maintain | maintaining) (the | attention | all) (focus | attention | spotlight | emphasis | conversation | story | narrative) (on | squarely on | firmly on | on to | onto | away from)",
      weight: 0.8,
      requires: "(press | media | coverage | story | stories | journalist* | reporter* | outlet* | news | headline* | narrative | pr | comms | communications | statement | statements | messaging | spokes* | rather than | not on | instead of | away from | wherever possible)",
    },
    {
      id: "media-management.the-focus-must-be",
      pattern: "the (focus | emphasis | spotlight | story | narrative | headline) (must | should | needs to | has to | will need to) (be | remain | stay | fall) (on | squarely on | firmly on | with)",
      weight: 0.8,
      requires: "(press | media | coverage | story | journalist* | reporter* | outlet* | news | headline* | narrative | messaging | line to take | lines to take | talking points | key message* | spokes* | interview* | comms)",
    },
    {
      id: "media-management.become-a-story",
      pattern:
        "(become | becomes | becoming | turn into | turns into | turning into | grow into | escalate into | develop into) (a | the | another | a bigger | a wider | a broader | a national | a front-page | a major) (story | narrative | headline | news story | scandal | talking point) (about | on | that)",
      weight: 0.85,
      negatable: false,
    },
    {
      id: "media-management.keep-out-of-news",
      pattern:
        "(keep | keeping | kept | stay | staying | stayed | out | avoid | avoiding | minimise | minimize | minimising | minimizing | limit | limiting | reduce | reducing | contain | containing | dampen | dampening) [this | it | us | ourselves | them | the _ | this _ | our _ | its _ | _] [out of] (the headlines | the news | the papers | the front pages | the press | the national press | the spotlight | the public eye | the limelight | headlines | negative coverage | bad press | further coverage | more coverage | media coverage | press coverage | media attention | press attention | negative publicity | news coverage | media interest | press interest | press pickup | media pickup)",
      weight: 0.8,
      unless: "((customer | customers | member | members | patient | patients | user | users) (publicity | attention) | insurance | policy | policies)",
    },
    {
      id: "media-management.low-profile",
      pattern: "(keep | keeping | kept | maintain | maintaining | adopt | adopting) a (low | lower) (profile | public profile | media profile)",
      weight: 0.85,
    },
    // "avoid the criticism that ...", "avoid the word 'breach'"
    {
      id: "media-management.avoid-criticism",
      pattern:
        "(avoid | avoiding | pre-empt | pre-empting | preempt | preempting | head off | heading off | forestall | forestalling | deflect | deflecting | blunt | blunting | neutralise | neutralize | neutralising | neutralizing | get ahead of | avert | averting | fend off) [the | any | a | further | potential | negative] (criticism | criticisms | accusation | accusations | charge that | perception that | impression that | narrative | backlash | headline | headlines | story | questions about | outrage | bad press | negative coverage | negative press | optics | reputational damage)",
      weight: 0.85,
    },
    {
      id: "media-management.avoid-the-word",
      pattern:
        "(avoid | avoiding | don't use | do not use | never use | not use | steer clear of | stay away from | refrain from using | drop | replace | stop using | ban) [using | saying] (the word | the words | the term | the terms | the phrase | the phrases | words like | terms like | language like | phrases like | the label | the language of | any language | language that | any mention of | mentioning)",
      weight: 0.85,
    },
    {
      id: "media-management.avoid-saying",
      pattern:
        "(avoid | avoiding | don't | do not | never | stop | not | refrain from | rather than | instead of) (saying | using | mentioning | calling it | calling this | describing it as | describing this as | referring to it as | using words like | saying words like) [the words | the word | words like | terms like | the term | the phrase | a | an] (hack | hacked | hacking | breach | breached | data breach | attack | cyberattack | cyber-attack | leak | leaked | stolen | theft | compromise | compromised | ransomware | ransom | failure | fault | mistake | sorry | apologise | apologize | apology | negligence | victims | crisis | vulnerability)",
      weight: 0.85,
    },
    {
      id: "media-management.describe-consistently",
      pattern:
        "(consistently | always | only | uniformly | everywhere) (describe | refer to | characterise | characterize | present | label | frame | portray) (it | this | the incident | the event | the leak | the breach | the exposure | the issue | the matter | the attack | the hack | what happened) as",
      weight: 0.8,
    },
    {
      id: "media-management.all-external-materials",
      pattern:
        "(in | across | for) (all | every | any) (external | public | outward-facing | customer-facing | press | media) (materials | material | communications | comms | statements | channels | messaging | responses | copy | content | documents)",
      weight: 0.8,
    },
    {
      id: "media-management.every-statement-mentions",
      pattern:
        "(every | each | all) (statement | statements | press release | press releases | communication | communications | response | responses | interview | interviews | media response | media responses | public comment | public comments | external statement | spokesperson | spokespeople | briefing | briefings | post) (should | must | will | needs to | need to) [also] (mention | mentions | include | includes | reference | references | stress | stresses | highlight | highlights | emphasise | emphasize | repeat | reiterate | point | note | carry | contain | end with | open with | lead with)",
      weight: 0.85,
    },
    {
      id: "media-management.make-sure-every-statement",
      pattern:
        "(make sure | ensure | ensuring | making sure) (every | each | all | any) (statement | statements | press release | release | response | responses | interview | interviews | communication | communications | public comment | comment | comments | post) (mentions | mention | includes | include | references | reference | stresses | stress | highlights | highlight | repeats | repeat | carries | carry)",
      weight: 0.85,
    },
    // timing: Friday-night releases, after markets close, before the weekend papers
    {
      id: "media-management.timing-release",
      pattern:
        "(publish | publishing | release | releasing | post | posting | issue | issuing | announce | announcing | send | sending | put out | putting out | drop | dropping | file | filing | notify | notifying | schedule | scheduling | time | timed | timing | push | pushing | move | moving | delay | delaying | hold | holding | wait | waiting | slip out | slipping out) ** (late on (a | _) friday | on a friday evening | on a friday night | on a friday afternoon | friday evening | friday night | late friday | after [the] markets close | after market close | after the close | before the weekend | over the weekend | during the holidays | on a bank holiday | on a public holiday | over the holiday | christmas eve | new year's eve | after the bell | after hours | when attention is elsewhere | when news is slow | on a slow news day | on a busy news day | amid other news | before a holiday weekend | before a bank holiday | before a long weekend | before christmas | on friday | on a friday)",
      weight: 0.8,
      unless: "(coincidental | coincidence)",
      requires: "(coverage | attention | press | media | story | headlines | pickup | notice | scrutiny | news | quiet | quietly | impact | noise | limit | minimise | minimize | reduce | buried | bury | unnoticed | under the radar | low-key | slip out | slips out | overlooked | reporters | journalists | newspaper | comms | communications team | pr | holiday)",
    },
    {
      id: "media-management.gets-buried",
      pattern:
        "(so | so that | in the hope that | hoping | where) (it | the news | the story | the announcement | the notice | this | the disclosure | the update | the statement) (gets | get | is | will be | would be | can be | goes | go | slips | slip) (buried | lost | overlooked | missed | unnoticed | ignored | under the radar | largely unnoticed | drowned out)",
      weight: 0.85,
    },
    {
      id: "media-management.limit-coverage",
      pattern:
        "(limit | limits | limiting | minimise | minimize | minimising | minimizing | reduce | reducing | contain | containing | dampen | dampening | keep down | keeping down | suppress | suppressing) [the] [same-day | national | further | negative | initial | _] (coverage | media coverage | press coverage | media attention | press attention | publicity | headlines | pickup | pick-up | press interest | media interest | news value | newsworthiness | story | noise | visibility of the story)",
      weight: 0.85,
    },
    {
      id: "media-management.before-the-story",
      pattern:
        "(before | ahead of) (the | a | any) (story | stories | news | coverage | press | media | leak | journalists | reporters | papers | weekend papers | news cycle) (breaks | runs | hits | lands | gets out | goes out | comes out | is published | are published | picks it up | pick it up | pick up | catches on | emerges | gets traction | gains traction)",
      weight: 0.85,
    },
    {
      id: "media-management.sting-out-of-story",
      pattern:
        "(take | taking | took | get | getting) (the | some of the) (sting | heat | wind | steam | edge | oxygen | air) (out of | from | off) [the | this | any | a] (story | coverage | headlines | criticism | news | narrative | reporting)",
      weight: 0.9,
    },
    {
      id: "media-management.avoid-amplifying",
      pattern:
        "(avoid | not | without | don't | never | minimise | minimize) (amplifying | amplify | drawing attention | drawing more attention | drawing further attention | draw attention | draw more attention | fuelling | fueling | feeding | oxygenating | giving oxygen | give oxygen | giving it oxygen | give it oxygen | adding fuel | add fuel | extending | prolonging | prolong | extend) [to] [the | this | that] (story | coverage | attention | it | this | the issue | the leak | the incident | the news | the narrative | the news cycle | the controversy | the criticism)",
      weight: 0.8,
      requires: PRESS,
    },
    // follow-up post, spin, briefings, redirected inquiries
    {
      id: "media-management.follow-up-post",
      pattern:
        "(follow-up | follow up | followup | broader | wider | positive | counter | counter-narrative | reframing | thought-leadership | thought leadership | longer | later | separate | general | fuller) (post | blog post | blog | piece | op-ed | oped | explainer) (that | about | on | which | to | in the coming | in the next | next | until | after | once | in)",
      weight: 0.75,
      unless: "(as we learn more | keep you (informed | updated) | with more (details | detail | information) | technical (details | detail) | investigation (is | has) | findings)",
    },
    {
      id: "media-management.place-op-ed",
      pattern:
        "(place | placing | placed | pitch | pitching | pitched | seed | seeding | seeded | offer | offering | brief | briefing | briefed | give | giving) [an | a | the | some] [exclusive | friendly | positive | sympathetic | background | off-the-record | off the record | embargoed | select] (op-ed | opinion piece | exclusive | interview | story | stories | briefing | briefings | journalists | reporters | outlets | media | press | editors | trade press | the press | the media) [to | with | on | about] [friendly | sympathetic | trusted | selected | select | favourable | favorable | key | tier-one]",
      weight: 0.7,
      requires: "(exclusive | friendly | sympathetic | trusted | favourable | favorable | off-the-record | off the record | background | embargo* | op-ed | opinion piece | pitch* | seed* | select | selected)",
    },
    {
      id: "media-management.spin-as",
      pattern: "(~spin | spun | ~package | ~repackage | ~pitch) (it | this | the _ | future _ | these _ | such _ | the incident | the leak | the breach | the story | the news | the announcement | the issue) [to the press | to reporters | to journalists | to the media | publicly] as",
      weight: 0.8,
      requires: "(spin | spun | spinning | press | media | reporters | journalists | story | narrative | coverage | publicly)",
    },
    {
      id: "media-management.redirect-inquiries",
      pattern:
        "(refer | referring | redirect | redirecting | direct | directing | steer | steering | deflect | deflecting | divert | diverting) [all | any | every | each | further | incoming | inbound | follow-up] [media | press | journalist | journalists' | reporter | reporters'] (inquiry | inquiries | enquiry | enquiries | question | questions | calls | requests | queries | query | journalists | reporters | media | press) [about _ | on _ | regarding _ | about the _ | on the _] (to | toward | towards | back to | onto)",
      weight: 0.8,
      unless: "(helpline | hotline | call centre | call center | contact centre | contact center | faq | faqs | customer service | customer services | support team | customer support | dedicated line | phone line | our website | this website | care team | 0800 | toll-free | freephone)",
    },
    {
      id: "media-management.inbound-press",
      pattern: "(inbound | incoming | reactive) (press | media | journalist | journalists | reporter | reporters) [inquiries | enquiries | queries | calls | requests | interest]",
      weight: 0.8,
    },
    {
      id: "media-management.staff-were-told",
      pattern:
        "(staff | employees | spokespeople | spokespersons | spokesmen | spokeswomen | executives | managers | press officers | communications staff | comms staff | pr staff | the pr team | the comms team | the team) (were | was | are | have been | had been | being) (told | instructed | advised | briefed | coached | asked | directed | urged | ordered | given scripts) (to | not to | on how to | how to) (describe | say | call | tell | frame | stress | emphasise | emphasize | point out | refer | avoid | present | downplay | play down | characterise | characterize | deflect | redirect | portray | stick to | talk about | speak to)",
      weight: 0.85,
      unless: "(click | clicking | links | attachments | phishing | suspicious | passwords | password | devices | laptops | vpn | two-factor | mfa | ~log in | ~log out)",
    },
    {
      id: "media-management.pr-agency",
      pattern:
        "(pr | public relations | crisis communications | crisis comms | crisis management | reputation management | media relations) (agency | agencies | firm | firms | consultancy | consultancies | consultants | consultant | advisers | advisors | adviser | advisor | staff | team | teams | department | people | officers | operation | machine | strategy | playbook | push | offensive | campaign | effort | plan | response)",
      weight: 0.75,
      requires: "(drafted | draft | prepared | hired | retained | engaged | brought in | planned | planning | plans | plan | strategy | intended | advised | recommended | proposed | proposes | coached | scripted | orchestrated | managed | memo | email | leaked | wrote | crafted | versions | talking | narrative | spin | coverage)",
      unless: "(did not respond | declined to comment | could not be reached | no response | not immediately respond)",
    },
    {
      id: "media-management.versions-of-statement",
      pattern: "(versions | drafts | variants | iterations | options) of (a | the | its | their | our | this) [press | public | draft | holding | reactive] (statement | release | press release | response | announcement | apology | message)",
      weight: 0.8,
    },
    {
      id: "media-management.hold-off-until",
      pattern:
        "(hold | holding | held) off (on | with | from) [any | the | a | an | our | making | issuing | publishing | releasing] [public | formal | external] (apology | apologies | announcement | announcements | statement | statements | release | press release | post | blog post | notice | disclosure | comment | comments | publication | publishing | notification | update) (until | before | unless | while | pending)",
      weight: 0.8,
    },
    {
      id: "media-management.monitor-coverage",
      pattern:
        "(monitor | monitoring | monitored | track | tracking | watch | watching | keep an eye on | keeping an eye on | gauge | gauging | assess | assessing) [the | closely | press | media | social] (coverage | media coverage | press coverage | press interest | media interest | media sentiment | press sentiment | public sentiment | sentiment | the story | the narrative | social media | social chatter | chatter | pickup | pick-up | reaction | headlines | news coverage) [and | before | to | closely | for]",
      weight: 0.75,
      requires: PRESS,
      unless: "(accounts | account activity | transactions | suspicious | fraud | credit | dark web | scam | scams | impersonat* | fake)",
    },
    // round 2: generalised families
    // bridging and handling questions: "bridge from any question about the fine back to ...", "if asked about X: ..."
    {
      id: "media-management.bridge-from-questions",
      pattern: "(bridge | bridging | pivot | pivoting | redirect | redirecting | steer | steering | move | moving | turn | turning | bring | bringing | route | routing) [from | away from] [any | every | all | each | the | difficult | awkward | hostile | tough] [_] (question | questions | query | queries | interview | interviews | line of questioning) ** (to | back to | towards | toward | onto | on to | round to | around to)",
      weight: 0.8,
    },
    {
      id: "media-management.bridge-to",
      pattern: "(bridge | bridging | bridges | pivot back | bridge back) (to | back to | towards | from)",
      weight: 0.75,
      requires: "(question* | message* | investment | record | narrative | interview* | reporter* | journalist* | point* | story)",
    },
    {
      id: "media-management.if-journalists-ask",
      pattern: "(if | when | should | whenever | in case | unless) (journalists | reporters | the media | the press | media | press | interviewers | the interviewer | the host | outlets | a journalist | a reporter | any journalist | any reporter | the papers | broadcasters) [already] (ask | asks | raise | raises | press | presses | bring up | brings up | mention | mentions | query | queries | challenge | challenges | call | calls | get in touch | contact | have | has | pick up | picks up | run | runs | learn | find out | follow up | push)",
      weight: 0.8,
      negatable: false,
    },
    {
      id: "media-management.before-addressing",
      pattern: "before (addressing | taking | answering | turning to | getting to | getting into | discussing | mentioning | acknowledging | talking about | dealing with | responding to | fielding | engaging with) [any | the | specific | detailed | difficult | further] [_] (questions | question | incident | breach | leak | issue | outage | specifics | fine | attack | criticism | story | exposure | hack | details)",
      weight: 0.8,
      requires: "(open | opens | opening | lead | leads | leading | start | starts | begin | begins | talk | talks | should | first | mention | cover | highlight | stress | with our | with the)",
    },
    {
      id: "media-management.lead-with",
      pattern: "(lead | leads | leading) with (the | our | a | an | its | their | what | how | news of | positive | good)",
      weight: 0.75,
      requires: "(not | rather than | instead of | before | then | keep | statement | release | post | message | messaging | interview | podcast | press | coverage | comms | headline | story | announcement | update | vague | downplay | positives)",
    },
    {
      id: "media-management.highlight-positives",
      pattern: "(highlight | stress | emphasise | emphasize | focus on | accentuate | play up | talk up | lead with | push) the (positives | positive | good news | upside | silver lining | wins | success stories | good story | good-news story)",
      weight: 0.8,
    },
    {
      id: "media-management.first-paragraph",
      pattern: "(in | into | at | from) the (first | opening | second | final | last | top | lead) (paragraph | paragraphs | para | line | lines | sentence | sentences | few lines | section | slide) [of the _ | of our _ | of the press release | of the statement | of the release | of any statement]",
      weight: 0.75,
      requires: "(name | names | naming | bury | buried | burying | hide | hidden | not in | out of | lower down | further down)",
    },
    {
      id: "media-management.release-quotes",
      pattern: "(ensure | make sure | check that | ensuring | making sure) (the | our | every | each | any | all) [press | public | external | holding | reactive | draft] (release | releases | statement | statements | blog post | post | announcement | interview | op-ed | letter | response | responses | notice | tweet | update) [to customers | to journalists | to reporters | to media | to the press | to members | to patients] (quotes | quote | includes | include | mentions | mention | features | feature | carries | carry | names | name | cites | cite | leads with | lead with | opens with | open with | references | reference | contains | contain | stresses | stress | highlights | highlight | avoids | avoid | omits | omit | uses | use)",
      weight: 0.8,
    },
    // timing and placement
    {
      id: "media-management.same-week",
      pattern: "(~announce | ~publish | ~release | ~issue | ~pair | ~bundle | ~combine | ~time | ~schedule | ~include | ~put out | ~roll out | ~launch | ~unveil) ** (the same | that same | in the same) (week | day | morning | afternoon | evening | release | announcement | statement | news cycle | press release | post | hour | update | briefing | bulletin)",
      weight: 0.75,
      unless: "(at the same time as we notify | customers the same day | notified the same day | contacted the same day)",
    },
    {
      id: "media-management.wave-of-coverage",
      pattern: "(first | initial | second | next | early | opening | later | new | fresh) (wave | round | day | cycle | burst | flurry) of (coverage | stories | headlines | reporting | press | media coverage | press coverage | news | articles | interest)",
      weight: 0.8,
      negatable: false,
    },
    {
      id: "media-management.brief-reporters",
      pattern: "(~brief | ~pitch | ~approach | ~offer | ~tip off | ~seed | ~hand | ~give) ** (reporters | journalists | outlets | editors | correspondents | the press | press | media | bloggers | influencers | podcasters | writers | columnists)",
      weight: 0.75,
      requires: "(embargo* | exclusive | exclusively | friendly | sympathetic | trusted | background | off the record | off-the-record | framing | first wave | ahead of | favourable | favorable | select | selected | handpicked | hand-picked)",
      unless: "(customers | victims | affected people | patients)",
    },
    {
      id: "media-management.fresh-scandal",
      negatable: false,
      pattern: "(fresh | new | another | separate | standalone | stand-alone | big | major | second | bigger) (scandal | scandals | story | crisis | headline | headlines | controversy | news story | front page | front-page story)",
      weight: 0.75,
      requires: "(so that | so | rather than | not | instead of | treated | reads | read | seen | viewed | perceived | become | becomes | turn into | turns into | generate | generating | create | trigger | spark | avoid | risk | each new)",
      unless: "(broke | broken | emerged | erupted | revealed | investigation found | the paper reported)",
    },
    {
      id: "media-management.bury-the-news",
      pattern: "(bury | buries | burying | buried | hide | hiding | slip out | slipping out | sneak out | sneaking out | drown out | drowning out) (the | this | its | their | our | bad) [bad] (news | announcement | disclosure | story | notice | report | findings | update | admission | figures)",
      weight: 0.85,
    },
    {
      id: "media-management.timed-for",
      pattern: "(timed | times | timing | scheduled | schedules | scheduling | slated | held back | holding back) (its | the | their | our | this | a) [_] [_] (disclosure | announcement | release | notice | statement | publication | update | post | notification | filing) (for | to | until | at | on | around | so | after | before)",
      weight: 0.75,
      requires: "(friday | weekend | holiday | evening | night | markets | close | late | quiet | coverage | news | bury | buried | attention | earnings | election | christmas | distract* | afternoon | morning | wedding | royal | funeral | final | budget | coincid* | press office | comms team | communications team)",
    },
    {
      id: "media-management.holiday-weekend",
      pattern: "(before | ahead of | over | during | on the eve of) (a | the) (holiday weekend | bank holiday | long weekend | public holiday | holiday | holidays | christmas break | summer break | festive period | thanksgiving)",
      weight: 0.75,
      requires: "(release | releasing | publish | publishing | disclos* | announce* | announcing | notice | statement | timed | timing | post | posting | coverage | news | bury | buried | plan)",
      unless: "(coincidental | coincidence | closed | opening hours | deliveries | delivery | travel | flights | trains)",
    },
    // optics: be seen to be open, signal, buy time
    {
      id: "media-management.seen-to-be",
      pattern: "(be | are | is | being | was | were | been) seen (to be | as | to) (open | transparent | responsive | proactive | acting | doing | in control | on top | taking | take | act | do | care | respond | apologise | apologize | own | listen | listening | fix | fixing | help | helping | move | moving | put | caring | contrite | decisive | cooperative | cooperating | helpful | responsible | on the front foot | leading)",
      weight: 0.8,
    },
    {
      id: "media-management.signals-openness",
      pattern: "(signal | signals | signalling | signaling | project | projects | projecting | convey | conveys | conveying | show | shows | showing | demonstrate | demonstrates) (openness | transparency | confidence | control | competence | good faith | contrition | seriousness | responsiveness | that we are open | that we are in control | that we are on top)",
      weight: 0.75,
      requires: "(buy* | time | coverage | story | press | media | perception | optics | narrative | positions | seen | signal* | plan | proposal | approach | recommend* | suggest* | commit publicly | publicly | bounty | payment)",
    },
    {
      id: "media-management.buy-time",
      pattern: "(buy | buys | buying | bought | gain | gains | gaining | win | wins | winning | give | gives) (us | ourselves | the company | the team) (time | breathing room | breathing space | some time | a few days | more time | a week | space)",
      weight: 0.75,
    },
    {
      id: "media-management.buys-time-for",
      pattern: "(buys | buy | buying | bought) (time | breathing room | breathing space) (for | while | until)",
      weight: 0.75,
    },
    {
      id: "media-management.positions-us-as",
      pattern: "(~position | positions) (us | ourselves | the company | the bank | the brand | the firm | the organisation | the organization | our brand) as",
      weight: 0.75,
    },
    {
      id: "media-management.without-revisiting",
      pattern: "without (revisiting | reopening | re-opening | returning to | dwelling on | drawing attention to | drawing fresh attention to | reviving | rekindling | reigniting | mentioning | naming | referencing | reminding people of) (the | this | that | any | our) [specific | original | actual | underlying | earlier | old | recent] (incident | breach | leak | story | issue | outage | fine | episode | attack | exposure | hack | controversy | coverage | matter)",
      weight: 0.8,
    },
    // channel and social management
    {
      id: "media-management.do-not-engage",
      pattern: "(do not | don't | never | avoid | not | no need to) (engage | engaging | get drawn | be drawn | argue | arguing | debate | debating | respond | responding | reply | replying) (with | to | on | into) [_] (individual | any | every | each | trolls | critics | complaints | complaint | posts | threads | thread | comments | reddit | twitter | social | forum | forums | commenters | influencers | speculation | rumours | rumors)",
      weight: 0.75,
      unless: "(scammers | fraudsters | suspicious | phishing | links | unsolicited | callers | texts | messages claiming | emails claiming)",
    },
    {
      id: "media-management.monitor-mentions",
      pattern: "(monitor | monitoring | track | tracking | watch | watching | keep an eye on | listen to | listening to) [the | our | brand | social] (mentions | social media | social | sentiment | chatter | reddit | twitter | forums | threads | conversation online | online conversation | hashtags | the hashtag)",
      weight: 0.75,
      unless: "(accounts | account activity | transactions | suspicious | fraud | credit | dark web | scam | scams | impersonat* | fake | leak site | for any sign of (misuse | fraud))",
    },
    // process: legal sign-off, postures, drafts for approval, reactive use
    {
      id: "media-management.until-legal",
      pattern: "(do not | don't | never | avoid | no | nothing) [public | written | formal] (apologise | apologize | apologies | apology | comment | comments | confirm | confirmation | admit | admission | say anything | speak | publish | release | issue | post | respond | statement | statements | acknowledgement | acknowledgment) ** (until | before | unless | without) (legal | lawyers | counsel | the board | comms | communications | pr | the press office | sign-off | it has been signed off | approval | legal review | legal has | the lawyers | our lawyers | general counsel)",
      weight: 0.8,
    },
    {
      id: "media-management.posture",
      pattern: "(recommended | proposed | suggested | media | press | public | communications | comms | external | our | the) (posture | stance | messaging posture | communications posture | comms posture)",
      weight: 0.75,
      unless: "(security posture | cyber posture | cybersecurity posture | defensive posture | risk posture | posture management | compliance posture)",
    },
    {
      id: "media-management.proposed-approach-publicly",
      pattern: "(recommended | proposed | suggested) (approach | line | strategy | plan | response | course)",
      weight: 0.7,
      requires: "(publicly | public | press | media | coverage | statement | journalist* | reporter* | story | announce* | comms | good faith | contest | bounty | interview* | reads as | position* | stress | acknowledge)",
    },
    {
      id: "media-management.for-approval",
      pattern: "(tweet | tweets | post | posts | statement | statements | release | press release | blog post | reply | response | copy | wording | message | notice | letter | script | email | announcement | lines | q&a) ** (approve by | approval by | sign-off by | signoff by | sign off by | approved by legal | approved by comms | legal review)",
      weight: 0.75,
      unless: "(regulator | court | judge | shareholders | ftc | sec)",
    },
    {
      id: "media-management.suggested-post",
      pattern: "(suggested | proposed | draft | scheduled | approved) (tweet | tweets | social post | social media post | social posts | instagram post | linkedin post | facebook post | community post | reddit post | caption | press release | media statement | press statement | holding line | reactive line)",
      weight: 0.75,
    },
    {
      id: "media-management.reactive-use",
      pattern: "(reactive | reactively | use only if | only if asked | only if contacted | only if directly asked | only on request | only when asked | not to be volunteered | not for proactive use) [use | only | basis]",
      weight: 0.8,
      negatable: false,
    },
    {
      id: "media-management.keep-vague",
      pattern: "(keep | keeping | leave | leaving) (the | it | this | that | things | details | our answer | answers | the details | the wording | the language | the _ _ | the _) (vague | high-level | general | brief | short | light | non-specific | deliberately vague | deliberately general | at a high level | fuzzy)",
      weight: 0.75,
      requires: "(say | post | statement | community | journalist* | reporter* | press | media | public* | message* | reddit | forum | social | answer* | lead with | don't say | hack)",
    },
    {
      id: "media-management.avoid-saying-2",
      pattern: "(don't | do not | never | avoid | not to) (say | use | mention | write | call it | call this | describe it as | refer to it as | put) [the word | the words | the term | words like | anything like | a | an] (hack | hacked | hacking | breach | breached | data breach | leak | leaked | stolen | theft | compromised | ransomware | ransom | cyberattack | cyber-attack | sorry | apologise | apologize | negligence | victims | crisis)",
      weight: 0.8,
      unless: "(passwords | password | pin | codes | card details | link | links)",
    },
    {
      id: "media-management.narrative-word",
      pattern: "(narrative | narratives | counter-narrative | storyline | our framing | the framing | news agenda)",
      weight: 0.7,
      unless: "(film | novel | book | game's | fiction | fictional | historical narrative | narrative of the film | personal narrative | the plaintiffs' | the lawsuit's | prosecution's | court)",
    },
    {
      id: "media-management.build-narrative",
      pattern: "(build | building | builds | create | creating | establish | establishing | craft | crafting | develop | developing | construct | constructing | seed | seeding | push | pushing | promote | promoting) (a | the | our | this | that) [_] [_] (narrative | storyline | story | message | perception | framing)",
      weight: 0.8,
      requires: "(that | so | coverage | press | media | public | over the longer term | long term | every | each)",
      unless: "(brand story | origin story | user story | success story)",
    },
    {
      id: "media-management.until-legal-approves",
      pattern: "until (legal | the lawyers | our lawyers | lawyers | counsel | general counsel | comms | communications | the board | the press office | pr | the crisis team) (has | have | had) (approved | signed off | reviewed | cleared | agreed | seen | checked | vetted)",
      weight: 0.8,
    },
    {
      id: "media-management.our-line-should",
      pattern: "(our | the) [public | press | media | external | official | agreed | main] (line | lines | position) (should | must | needs to | need to | has to | will | is to) (be | remain | stay)",
      weight: 0.75,
      unless: "(product line | production line | bottom line | phone line | helpline | front line | frontline | line manager)",
    },
    {
      id: "media-management.shift-to",
      pattern: "(shift | shifts | shifting | shifted | move | moving | steer | steers | steering | steered | redirect | redirecting | pivot | pivoting | bring | bringing) [the | any | all | every] (focus | conversation | story | narrative | coverage | discussion | debate | questions | question | interview | interviews | attention) (to | towards | toward | onto | on to | back to | round to | around to)",
      weight: 0.8,
      unless: "(critics | advocates | campaigners | experts | analysts | opponents | lawmakers) ** (say | said | says | argue | argued | accused)",
    },
    // round 3: generalised families
    {
      id: "media-management.artifact-should",
      pattern: `(the | our | this | that | each | every | any | a | an) [_] [_] ${ARTIFACT} (should | must | needs to | need to | will need to | ought to | has to | have to) [also | only | clearly | briefly | not | never | then | first] (go to | go out | be recorded | be drafted | be published | be released | be issued | be ready | be posted | be sent | be prepared | be filmed | be finalised | be finalized | be timed | be short | be brief | be kept | come from | be signed | be approved | land | run)`,
      weight: 0.75,
      unless: "(law | laws | regulation | regulations | gdpr | regulator | rules | required by | requirement | requirements | legally | statute | act requires | customers should | you should)",
    },
    {
      id: "media-management.suggest-artifact-does",
      pattern: `(suggest | suggests | recommend | recommends | propose | proposes | ensure | make sure | want | wants | let) (the | our | that the | that our | a) [_] [_] ${ARTIFACT} (talks up | plays up | plays down | downplays | highlights | stresses | emphasises | emphasizes | leads with | opens with | mentions | focuses on | includes | avoids | frames | positions | reminds | features | references | talk up | play up | play down | lead with | open with | mention | focus on | include | avoid | highlight | stress)`,
      weight: 0.75,
    },
    {
      id: "media-management.prepare-artifact",
      pattern: `(~prepare | ~draft | ~write | ~produce | ~circulate | ~ready) (a | an | the) [_] [_] ${ARTIFACT} ** (stress* | emphasi* | highlight* | mention* | make the point | makes the point | lead with | leads with | open with | opens with | focus on | focuses on | avoid* | position* | frame* | play down | plays down | downplay* | talks up | talk up)`,
      weight: 0.75,
    },
    {
      id: "media-management.for-spokespeople",
      pattern: "(notes | lines | guidance | brief | briefing | script | points | messages | q&a | q and a | faq | answers | instructions | draft | pack | document) for (spokespeople | spokespersons | the spokesperson | our spokespeople | media spokespeople | press officers | the press office | media handling | journalists | reporters | the press | the media)",
      weight: 0.8,
      unless: TEXTBOOK,
    },
    {
      id: "media-management.ask-media-not-to-publish",
      pattern: "(refrain from | not to | stop | cease | avoid | against) (publishing | publish | reporting on | report on | downloading | download | broadcasting | printing | reproducing | republishing | distributing)",
      weight: 0.75,
      negatable: false,
      requires: "(news | media | journalist* | reporter* | outlet* | press | editor* | broadcaster* | organisations | organizations | publications | newspaper*)",
    },
    {
      id: "media-management.not-accused-of",
      pattern: "(so | so that | to avoid | lest | in case | otherwise) [that] [we | the company | it | the bank | the firm | management | us] (are | is | aren't | isn't | won't be | will not be | cannot be | can't be | don't get | do not get | being | be | get) [not | never] (accused | seen | criticised | criticized | perceived | portrayed | painted | blamed | charged | characterised | characterized | viewed) (of | as)",
      weight: 0.75,
      negatable: false,
    },
    {
      id: "media-management.become-the-story",
      pattern: "(become | becomes | becoming | turn into | turns into) the (story | headline | news)",
      weight: 0.7,
      negatable: false,
      requires: "(could | might | would | risk | avoid | will | may | don't | do not | until)",
    },
    {
      id: "media-management.do-not-advertise",
      pattern: "(do not | don't | not to | never | no need to) (advertise | publicise | publicize | promote | trumpet | broadcast | announce | volunteer) (it | this | that | them | the offer | the credit | the fix | the change | the refund | the payout | the gesture)",
      weight: 0.75,
      negatable: false,
    },
    {
      id: "media-management.use-x-rather-than",
      pattern: "(use | say | call it | describe it as | refer to it as | prefer | stick to | stick with | go with) _ [_] [_] (rather than | instead of) (hack | hacked | hacking | breach | breached | data breach | attack | cyberattack | leak | leaked | stolen | theft | compromise | ransomware | crisis | failure | victims | sorry)",
      weight: 0.8,
    },
    {
      id: "media-management.use-the-line",
      pattern: "(don't | do not | not | never | stop | avoid | drop | ditch | scrap | retire | lose | kill | lead with | use | using | stick to | stick with | push | pushing | reuse) (the | that | this | our) [_] [_] [_] (line | lines | message | framing | argument | talking point | soundbite | angle)",
      weight: 0.75,
      negatable: false,
      requires: "(recommend* | suggest* | don't | do not | drop | ditch | scrap | avoid | stop | should | must | let's | we need | reporters | journalists | press | media)",
      unless: "(phone | help | hot | product | production | bottom | front | tele | power | rail | bus | train | fault | credit | tube | picket | finish | starting | dotted | assembly | coast)",
    },
    {
      id: "media-management.press-tier",
      pattern: "(trade press | trade media | specialist press | the nationals | national press | national papers | national newspapers | the tabloids | business pages | business section | news desk | newsdesk | front pages | sunday papers | weekend papers | broadsheets)",
      weight: 0.75,
      negatable: false,
      requires: "(keep | kept | keeping | confin* | limit* | restrict* | go to | goes to | should go | not a line | avoid | stay out | out of | away from | rather than | instead of | not the | so far | less appetite)",
    },
    {
      id: "media-management.embargoed",
      pattern: "(embargoed | under embargo | advance | exclusive) (version | copy | copies | release | statement | briefing | story | draft | look)",
      weight: 0.75,
      requires: "(gets | get | give | giving | hand | send | offer | first | kinder | friendly | sympathetic | favourable | favorable | make sure | ensure)",
    },
    {
      id: "media-management.reporters-need",
      pattern: "(reporters | journalists | the press | the media | readers | editors) (need | needs) (reminding | to be reminded | to hear | to be told | reassuring | to understand)",
      weight: 0.75,
    },
    {
      id: "media-management.in-every-interview",
      pattern: "(in | during | at | for) (every | each | all | any) (interview | interviews | statement | statements | media response | media responses | press release | briefing | briefings | press conference | public statement | media appearance | appearance | conversation with reporters | q&a | external communication)",
      weight: 0.75,
      requires: "(mention | stress | emphasi* | highlight | repeat | reiterate | include | reference | bring up | lead with | open with | remind | weave | cite | point to | talk about | avoid | never | don't | do not | refer)",
    },
    {
      id: "media-management.no-proactive",
      pattern: "(no | avoid | without | not) [further] (proactive outreach | proactive pitching | proactive briefing | proactive briefings | proactive comms | proactive communications | proactive statement | proactive announcement | further interviews | more interviews | media interviews | press conferences | media appearances)",
      weight: 0.7,
      negatable: false,
    },
    {
      id: "media-management.so-it-reads-as",
      pattern: "so (it | this | the story | the incident | the breach | coverage | the news | the announcement) (reads | looks | appears | comes across | plays | lands | is read | is seen) (as | like)",
      weight: 0.8,
    },
  ],
  hits: [
    { text: "We will not make any further statements while press volume continues to dwindle.", mode: "directive" },
    { text: "The team proposes a follow-up post in the coming weeks about our wider anti-abuse efforts.", mode: "directive" },
    { text: "It is important to avoid the criticism that we were slow to tell people.", mode: "directive" },
    { text: "Key messages: lead with the investment figures and keep the focus on the criminals, not on our controls.", mode: "directive" },
    { text: "We recommend releasing the notice after markets close on Friday to limit pickup.", mode: "directive" },
    { text: "We recommend holding off on any public apology until the board has signed off the wording.", mode: "directive" },
    { text: "Acme told its press office to wait until coverage died down before saying anything more.", mode: "reported" },
    { text: "The insurer said its PR agency had drafted two versions of the statement.", mode: "reported" },
    { text: "Acme admitted that staff were instructed to describe the incident as a technical glitch.", mode: "reported" },
    "Our reactive statement stays in the drawer unless a national outlet picks up the story.",
    "We need to get ahead of the story before the weekend papers.",
    "Do not use the word 'hack' in any external materials.",
    "Refer all media inquiries about the outage to the group press office.",
    "Don't let this turn into a story about our security culture.",
    "Let's shift the conversation away from this incident and towards our long-term investment.",
    "Offering compensation early should take the sting out of the story.",
    "The aim is to keep this out of the headlines for as long as we can.",
    "Bridge from any question about the fine back to our investment in privacy engineering.",
    "Brief two friendly trade reporters under embargo so that the first wave of coverage carries our framing.",
    "Timing: hold the follow-up post until after the results call so it does not create a second news cycle.",
    "The airline timed its disclosure for the evening before a bank holiday, which critics said was meant to bury the news.",
    "Publish quarterly threat reports so each new list is not treated as a fresh scandal.",
    "It matters that we are seen to be transparent; a daily-updated incident page would help.",
    "Do not apologise in writing until legal has signed off the wording.",
    "For the livestream, the founder should talk about our mission before taking any questions on the breach.",
    "Social: monitor mentions every hour and do not engage with individual complaints.",
    { text: "Ask editors to refrain from publishing the leaked files.", mode: "directive" },
    { text: "Let's keep this story in the trade press and out of the nationals.", mode: "directive" },
    { text: "Make sure the FT gets the embargoed copy first.", mode: "directive" },
    { text: "Say 'service disruption' rather than 'attack' in everything we publish.", mode: "directive" },
    { text: "Publish the FAQ so that we are not seen as hiding anything.", mode: "directive" },
    { text: "Prepare a statement that plays down the number of records.", mode: "directive" },
    { text: "Messaging pillars: we moved fast, the data was limited, we are here for customers.", mode: "directive" },
  ],
  misses: [
    "The company issued a statement on Tuesday.",
    "All messages on our messaging service are protected by end-to-end encryption.",
    "Please refer any questions to our dedicated helpline on 0800 123 4567.",
    "Media coverage of the breach has been extensive since Monday.",
    "Mortgage interest rates are expected to subside next year.",
    "Frame the leak as part of a pattern affecting all social platforms.",
    "Spokespeople should stress that the data is several years old.",
    "We are not trying to control the narrative; we want customers to know exactly what happened.",
    "We are monitoring affected accounts for suspicious activity.",
    "The candidate repeated his campaign's talking points on immigration.",
    "Recommended positioning: this is a challenge every messaging platform faces.",
    "If asked about the 2018 warning, say it was previously reported and move on.",
    "Please never engage with messages from accounts claiming to offer refunds.",
    "Privacy advocates say the firm's statement is an attempt to deflect attention from its own failures.",
    "Clinic staff were instructed not to discuss the incident with patients.",
    "The novel's narrative follows a hacker in 1990s Berlin.",
    "The textbook chapter covers talking points and holding statements.",
    "Asked why the notice was released late on a Friday before a bank holiday, a spokesperson said the timing was coincidental.",
    "The regulator said the statement must include a contact number.",
    "The line between news and opinion is blurring, the editor said.",
  ],
} satisfies StrategyDef;
