// Word lists the rules share: who counts as a person, what counts as a system, which
// words are past participles. Rules generalise through these lists rather than through
// sentence templates, so extending a list improves every rule that asks about people.

function set(words: string): ReadonlySet<string> {
  return new Set(words.trim().split(/\s+/));
}

export const HUMAN_PRONOUNS = set(`
  i we you he she they me us him her them someone somebody anyone anybody everyone everybody
  nobody whoever who myself ourselves yourself himself herself themselves
`);

// Role nouns (singular and plural) that name people in incident write-ups.
export const ROLE_NOUNS = set(`
  engineer engineers on-call oncall on-caller on-callers responder responders operator operators
  reviewer reviewers developer developers dev devs sre sres admin admins administrator
  administrators team teams manager managers lead leads owner owners author authors staff person
  people persons human humans hire hires newcomer newcomers employee employees colleague colleagues
  teammate teammates member members ops dba dbas architect architects contractor contractors
  intern interns analyst analysts tester testers approver approvers committer committers
  maintainer maintainers coordinator coordinators commander commanders ic technician technicians
  specialist specialists individual individuals folks guy guys crew squad sysadmin sysadmins
  programmer programmers coder coders consultant consultants
  support-engineer release-manager requester requesters assignee assignees customer-support
  oncaller oncallers deployer deployers submitter submitters pm pms em ems
`);

// Heads of noun phrases that name systems, artefacts or events, never people.
export const SYSTEM_NOUNS = set(`
  it this that these those system systems service services server servers node nodes cluster
  clusters database databases db dbs replica replicas primary secondary proxy proxies balancer
  balancers job jobs cron retry retries request requests query queries cache caches record records
  dns check checks parser client clients canary canaries tool tools script scripts pipeline
  pipelines queue queues worker workers pod pods container containers certificate certificates cert
  disk disks config configs configuration migration migrations monitor monitors scheduler
  autoscaler controller controllers api apis endpoint endpoints alert alerts page pages alarm
  alarms deploy deploys deployment deployments build builds test tests suite code function
  library driver process processes daemon agent host hosts instance instances vm vms network
  router switch firewall gateway lb table tables index indexes indices file files log logs
  heartbeat probe probes handler handlers consumer consumers producer producers broker brokers
  topic topics partition partitions shard shards leader follower followers app application
  applications binary release releases rollout change changes commit commits patch flag flags
  value values setting settings rule rules policy policies volume volumes backup backups
  snapshot snapshots link symlink redirect connection connections socket thread threads timer
  traffic load cpu memory storage bucket buckets region zone zones fleet version upgrade lock
  locks transaction transactions message messages event events error errors exception
  exceptions response responses packet packets dashboard dashboards graph graphs ui console
  webhook bot bots integration integrations runner runners workflow workflows task tasks
  limiter breaker balancer failover outage incident spike latency lag rebalancing compaction
  mechanism component components module modules package packages image images layer nothing
  automation automations
  everything something production prod staging monitoring alerting replication throughput
  kubeconfig repo repository branch pr window quota limit limits threshold cron

`);

// Common product and project names that look like names or trigger words; teams extend
// this through settings.allowWords.
export const GLOSSARY = set(`
  kafka redis postgres postgresql mysql mongo mongodb nginx envoy istio kubernetes k8s terraform
  jenkins consul vault nomad docker helm argo argocd grafana prometheus datadog sentry pagerduty
  opsgenie slack github gitlab bitbucket jira confluence aws gcp azure s3 ec2 rds lambda
  cloudflare fastly akamai elasticsearch kibana logstash splunk cassandra zookeeper etcd
  rabbitmq celery sidekiq spark airflow snowflake bigquery linux ubuntu debian windows macos
  ansible chef puppet salt spinnaker circleci travis buildkite bazel maven gradle npm yarn
  node.js nodejs python java golang rust ruby rails django flask react next.js vercel heroku
  netlify okta auth0 stripe twilio sendgrid haproxy traefik caddy apache tomcat jetty memcached
  clickhouse cockroachdb vitess dynamo dynamodb sqs sns kinesis pubsub bigtable spanner
  cloudwatch stackdriver honeycomb lightstep jaeger zipkin opentelemetry otel loki tempo
  thanos cortex mimir victoria alertmanager statuspage zoom git
`);

// A few hundred first names across cultures. Capitalised words outside this list and the
// glossary still count as people when the team lists them in settings.people.
export const FIRST_NAMES = set(`
  aaron abby abdul adam adebayo adrian ahmed aisha akira alan alberto alejandro alex alexa
  alexander alexandra alexis ali alice alicia alison amanda amara amir amit amy ana anand andrea
  andreas andrew andy angela anil anita ann anna anne anthony antonio anya arjun arun asha ashley
  aya ayesha barbara ben benjamin beth betty bill blake bob brad brandon brenda brian bruno
  camila carl carla carlos carmen carol caroline catherine charles charlie chen chloe chris
  christian christina christopher claire claudia colin connor craig dan dana daniel daniela
  dave david deb deborah deepak denise dennis diana diego dimitri dmitri dominic donna doug
  dylan ed eduardo elena eli elif elizabeth ella emily emma eric erik erin esther ethan eva
  evan fatima felipe felix fernando fiona francesca francisco frank gabriel gary george gina
  giulia grace greg hana hannah hans harry hassan heather helen henry hiro hiroshi hugo ian
  igor imran ines ingrid irene isaac isabel isabella ivan jack jacob jake james jamie jan jane
  janet jason javier jay jean jeff jen jennifer jeremy jessica jill jim jin joan joe joel johan
  john jon jonas jonathan jordan jorge jose joseph josh joshua juan julia julian julie justin
  kai kamal karen karim kate katie kavya keith ken kenji kevin kim kiran kumar kyle lara laura
  lauren lee leo leon liam lily linda lisa lucy liu lucas lucia luis luke lynn maya maria mario mark
  marta martin mary matt matthew max maxime megan mei mehmet melissa mia michael michelle miguel
  mike min ming mohamed mohammed monica nadia nancy naomi natalia natasha nathan neha nick
  nicole nikhil nina noah nora olga oliver olivia omar oscar owen pablo paolo patricia patrick
  paul paula pedro peter phil pierre pooja priya rachel rafael rahul raj rajesh ravi rebecca
  ricardo richard rick rita rob robert roberto robin rohan ron rosa ruby ryan sachin sam samir
  samuel sandra sanjay sara sarah satoshi scott sean sebastian sergei seun shanti sharon
  shreya simon sofia sophie stefan stephanie steve steven sunil susan suresh takeshi tanya tara
  taylor ted thomas tim timothy tina todd tom tomas tony tyler uma valentina vanessa victor
  vijay vikram vincent wei wendy will william xavier yan yang yara yasmin yuki yusuf zara zoe
  zhang marcus nicholas tobias matthias elias julius marius agnes doris iris lois francis louis
  silas cyrus klaus lars nils jens mats lena jamal ahmed chidi emeka ngozi wojciech tomasz
  piotr katarzyna magdalena oleksandr yevgen andrii bogdan radu mihai sven bjorn astrid freya
  siddharth ananya aditya rohit vivek pradeep lakshmi meera divya sneha arjun tariq bilal
  farah layla leila youssef mustafa khalid omar noura hamza kwame kofi ama abena tunde bola
  thabo sipho lerato zanele haruto sakura yui ren sora minh linh thanh huong jae-won min-jun
  seo-yeon ji-woo xiaoming xiaoli jian hao lei yu feng tao ling
`);

// Irregular past participles; regular ones end in -ed.
export const IRREGULAR_PARTICIPLES = set(`
  been had done seen known taken given run caught written read made found gone built sent spent
  held kept left lost met paid said told thought brought bought taught understood put set cut
  hit let shut begun broken chosen driven fallen forgotten frozen gotten got hidden risen
  spoken stolen thrown woken drawn grown shown flown blown withdrawn undone foreseen mistaken
  rewritten rerun reset spun stuck hung dug led fed sped slid lit dealt felt heard meant swept
  bent rebuilt split spread quit cast burst cost hurt become come overcome won sought fought
  bound wound sat rung sunk shrunk overseen overridden ridden bitten hidden struck sworn worn
  torn forgiven misread misled mistook overlooked understood redone withheld upheld
`);

export function isParticiple(word: string): boolean {
  const lower = word.toLowerCase();
  return (lower.length > 3 && lower.endsWith("ed")) || IRREGULAR_PARTICIPLES.has(lower);
}
