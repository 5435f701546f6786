/**
 * Named word lists shared by the strategies' patterns (`@name`). Each entry is itself a
 * pattern, compiled once with the codebook. A user codebook may add entries or replace them.
 */
export const lexicon: Record<string, string> = {
  we: "we | our | us | the company | this company",
  peers: "~platform | ~company | companies | ~service | ~provider | ~organisation | ~organization | ~firm | ~business | ~website | ~site | ~app | ~player | ~network | ~operator | ~retailer | ~bank | ~institution | ~organisation | ~brand",
  industry: "industry | sector | tech industry | technology industry | ecosystem | internet | web | marketplace | field",
  problem: "~problem | ~issue | ~challenge | ~threat | ~phenomenon | ~trend | ~risk | ~concern | ~reality | ~difficulty",
  incident: "~incident | ~breach | ~leak | ~attack | ~issue | ~problem | ~event | ~vulnerability | ~bug | ~flaw | scraping | ~exposure | ~intrusion | ~hack | ~compromise | ~outage | ~matter | ~situation",
  data: "~data | data set | data sets | ~dataset | information | ~record | ~detail | ~profile | ~credential | ~file | ~database",
  users: "~user | ~customer | ~member | people | ~person | ~client | ~patient | ~subscriber | ~consumer | account holders | ~individual | ~policyholder | ~employee",
  sectorpeers:
    "~company | companies | ~organisation | ~organization | ~business | ~firm | ~platform | ~provider | ~service | ~website | ~site | ~app | ~operator | ~bank | ~lender | ~insurer | ~retailer | ~hospital | health ~system | health ~service | ~council | local authorities | local ~authority | ~municipality | municipalities | ~university | universities | ~school | school ~district | ~airline | ~carrier | ~utility | utilities | ~agency | ~institution | ~brand | ~player | ~peer | ~competitor | ~rival | online ~service | consumer ~platform | online ~game | ~studio | ~exchange | ~marketplace | ~pharmacy | pharmacies | ~clinic | ~manufacturer | ~supplier | ~telco | ~charity | charities | ~government | ~city | cities | ~network | ~developer | ~publisher | ~employer | ~insurer | ~trust | ~fund | ~credit union | ~startup | ~merchant | ~shop | ~store | ~organisation",
  "sectorpeers-plural":
    "companies | organisations | organizations | businesses | firms | platforms | providers | services | websites | sites | apps | operators | banks | lenders | insurers | retailers | hospitals | health systems | councils | local authorities | municipalities | universities | schools | school districts | airlines | carriers | utilities | agencies | institutions | brands | peers | competitors | rivals | online services | consumer platforms | online games | studios | exchanges | marketplaces | pharmacies | clinics | manufacturers | suppliers | telcos | charities | governments | cities | networks | developers | publishers | employers | trusts | funds | credit unions | startups | merchants | shops | stores",
  attack: "~attack | ~incident | ~breach | ~intrusion | ~hack | ransomware | ~scraping | ~fraud | ~leak | ~compromise | cyberattack* | cyber-attack* | phishing | credential stuffing",
  attackers: "~attacker | ~hacker | ~criminal | cybercriminal* | ~fraudster | ~scammer | bad ~actor | malicious ~actor | threat ~actor | ~thief | thieves | ~adversary | ~gang | ~perpetrator",
};
