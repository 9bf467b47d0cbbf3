{{/*
Names and labels. Every object of an app is named <fullname>-<app>; the app's own name (directory,
referrals, ...) is also its Dapr app id, so one release per namespace.
*/}}

{{- define "nc.name" -}}
{{- .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* The release's name prefix: the release name, followed by the chart's name unless it already contains it. */}}
{{- define "nc.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 40 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 40 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{/* An object of one component (an app, a migration, a dev dependency): dict "root" $ "name" <component>. */}}
{{- define "nc.resourceName" -}}
{{- printf "%s-%s" (include "nc.fullname" .root) .name -}}
{{- end -}}

{{- define "nc.headlessServiceName" -}}
{{- printf "%s-%s-headless" (include "nc.fullname" .root) .name -}}
{{- end -}}

{{- define "nc.devCredentialsName" -}}
{{- printf "%s-dev-credentials" (include "nc.fullname" .) -}}
{{- end -}}

{{- define "nc.daprConfigurationName" -}}
{{- printf "%s-dapr" (include "nc.fullname" .) -}}
{{- end -}}

{{/* Labels of a component's objects: dict "root" $ "component" <component>. */}}
{{- define "nc.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version | replace "+" "_" }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
app.kubernetes.io/part-of: neighbourhood-care
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
{{ include "nc.selectorLabels" . }}
{{- end -}}

{{/* The labels that select a component's pods. They never change, so they are safe in selectors and Job templates. */}}
{{- define "nc.selectorLabels" -}}
{{ include "nc.releaseSelectorLabels" .root }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{/* Every pod of the release. */}}
{{- define "nc.releaseSelectorLabels" -}}
app.kubernetes.io/name: {{ include "nc.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{/*
An app's values merged over appDefaults, as YAML: include "nc.app" (dict "root" $ "name" <app>) | fromYaml.
*/}}
{{- define "nc.app" -}}
{{- toYaml (mergeOverwrite (deepCopy .root.Values.appDefaults) (deepCopy (index .root.Values.apps .name))) -}}
{{- end -}}

{{/* The app's image: apps.<app>.image when given (Skaffold sets it), else <registry>/<prefix>/<app>:<tag>. */}}
{{- define "nc.image" -}}
{{- $app := index .root.Values.apps .name -}}
{{- if $app.image -}}
{{- $app.image -}}
{{- else -}}
{{- $repository := printf "%s/%s" .root.Values.image.repositoryPrefix .name -}}
{{- with .root.Values.image.registry -}}
{{- $repository = printf "%s/%s" . $repository -}}
{{- end -}}
{{- printf "%s:%s" $repository (.root.Values.image.tag | default .root.Chart.AppVersion) -}}
{{- end -}}
{{- end -}}

{{/* How the code names an app in settings: Services:Directory:Grpc, ConnectionStrings:Directory. */}}
{{- define "nc.settingsName" -}}
{{- title . -}}
{{- end -}}

{{/*
Security. The images run as the chiseled base image's non-root user (Container.props: ContainerUser),
with nothing writable but an emptyDir at /tmp.
*/}}
{{- define "nc.podSecurityContext" -}}
runAsNonRoot: true
runAsUser: 1654
runAsGroup: 1654
fsGroup: 1654
seccompProfile:
  type: RuntimeDefault
{{- end -}}

{{- define "nc.containerSecurityContext" -}}
runAsNonRoot: true
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
capabilities:
  drop: [ALL]
{{- end -}}

{{/* Time for the pre-stop delay, the host's shutdown and the Dapr sidecar's own, with a margin. */}}
{{- define "nc.terminationGracePeriodSeconds" -}}
{{- add .Values.shutdown.drainDelaySeconds .Values.shutdown.timeoutSeconds .Values.shutdown.daprGracefulShutdownSeconds 5 -}}
{{- end -}}

{{/*
The non-secret settings of an app, as environment variables: its ConfigMap's data. dict "root" $ "name" <app>.
*/}}
{{- define "nc.settings" -}}
{{- $root := .root -}}
{{- $app := include "nc.app" . | fromYaml -}}
ASPNETCORE_ENVIRONMENT: {{ $root.Values.environment | quote }}
Kestrel__Endpoints__Http__Url: {{ printf "http://+:%v" $root.Values.ports.http | quote }}
Kestrel__Endpoints__Http__Protocols: Http1
{{- if $app.grpc }}
Kestrel__Endpoints__Grpc__Url: {{ printf "http://+:%v" $root.Values.ports.grpc | quote }}
Kestrel__Endpoints__Grpc__Protocols: Http2
{{- end }}
shutdownTimeoutSeconds: {{ $root.Values.shutdown.timeoutSeconds | quote }}
Auth__Audience: {{ $root.Values.auth.audience | quote }}
{{- if or $root.Values.auth.authority (ne $root.Values.environment "Development") }}
Auth__Authority: {{ required "auth.authority must name the OpenID Connect issuer outside Development" $root.Values.auth.authority | quote }}
{{- end }}
Logging__Console__FormatterName: json
OTEL_SERVICE_NAME: {{ .name | quote }}
OTEL_RESOURCE_ATTRIBUTES: {{ printf "service.namespace=neighbourhood-care,deployment.environment.name=%s" ($root.Values.environment | lower) | quote }}
{{- with $root.Values.telemetry.otlpEndpoint }}
OTEL_EXPORTER_OTLP_ENDPOINT: {{ . | quote }}
{{- end }}
{{- if $app.database }}
Database__Provider: Postgres
Database__MigrateOnStart: "false"
{{- end }}
{{- if and $app.dapr $app.dapr.enabled }}
Messaging__PubSubName: {{ $root.Values.messaging.pubsubName | quote }}
{{- end }}
{{- range $callee, $port := $app.calls }}
Services__{{ include "nc.settingsName" $callee }}__{{ include "nc.settingsName" $port }}: {{ printf "http://%s:%v" (include "nc.resourceName" (dict "root" $root "name" $callee)) (index $root.Values.ports $port) | quote }}
{{- end }}
{{- range $app.proxies }}
ReverseProxy__Clusters__{{ . }}__Destinations__primary__Address: {{ printf "http://%s:%v" (include "nc.headlessServiceName" (dict "root" $root "name" .)) $root.Values.ports.http | quote }}
{{- end }}
{{- range $key, $value := $app.settings }}
{{ $key }}: {{ $value | quote }}
{{- end }}
{{- end -}}

{{/* Where an app's connection string is: the in-chart dev credentials, or the Secret its values name. */}}
{{- define "nc.connectionStringSecretRef" -}}
{{- if .root.Values.devDependencies.postgres.enabled -}}
name: {{ include "nc.devCredentialsName" .root }}
key: {{ printf "%s-connection-string" .name }}
{{- else -}}
{{- $secret := (index .root.Values.apps .name).database.connectionStringSecret | default dict -}}
name: {{ required (printf "apps.%s.database.connectionStringSecret.name must name the Secret with %s's connection string (or turn devDependencies.postgres on)" .name .name) $secret.name }}
key: {{ required (printf "apps.%s.database.connectionStringSecret.key must name the key of %s's connection string" .name .name) $secret.key }}
{{- end -}}
{{- end -}}

{{/* The environment an app's container reads from Secrets. dict "root" $ "name" <app>. */}}
{{- define "nc.secretEnv" -}}
{{- $app := index .root.Values.apps .name -}}
{{- if $app.database }}
- name: {{ printf "ConnectionStrings__%s" $app.database.connectionStringName }}
  valueFrom:
    secretKeyRef:
      {{- include "nc.connectionStringSecretRef" . | nindent 6 }}
{{- end }}
{{- if eq .root.Values.environment "Development" }}
- name: Auth__DevelopmentSigningKey
  valueFrom:
    secretKeyRef:
      name: {{ include "nc.devCredentialsName" .root }}
      key: development-signing-key
{{- end }}
{{- end -}}

{{/*
The pod of a service's migration Job: the app's image, settings and secrets, running "migrate".
dict "root" $ "name" <app> "component" <app>-migrate "resources" <the app's resources>.
*/}}
{{- define "nc.migrationPodTemplate" -}}
{{- $ctx := dict "root" .root "name" .name -}}
metadata:
  labels:
    {{- include "nc.selectorLabels" (dict "root" .root "component" .component) | nindent 4 }}
  annotations:
    dapr.io/enabled: "false"
    checksum/settings: {{ include "nc.settings" $ctx | sha256sum }}
spec:
  restartPolicy: Never
  serviceAccountName: {{ include "nc.resourceName" $ctx }}
  automountServiceAccountToken: false
  securityContext:
    {{- include "nc.podSecurityContext" .root | nindent 4 }}
  {{- with .root.Values.imagePullSecrets }}
  imagePullSecrets:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  containers:
    - name: migrate
      image: {{ include "nc.image" $ctx }}
      imagePullPolicy: {{ .root.Values.image.pullPolicy }}
      args: [migrate]
      envFrom:
        - configMapRef:
            name: {{ include "nc.resourceName" $ctx }}
      env:
        {{- include "nc.secretEnv" $ctx | nindent 8 }}
      resources:
        {{- toYaml .resources | nindent 8 }}
      securityContext:
        {{- include "nc.containerSecurityContext" .root | nindent 8 }}
      volumeMounts:
        - name: tmp
          mountPath: /tmp
  volumes:
    - name: tmp
      emptyDir:
        sizeLimit: 64Mi
{{- end -}}

{{/*
Dapr. The sidecar calls the app's HTTP/1.1 port; its app health check follows readiness, so it pauses
deliveries while the app cannot take them and, on shutdown, keeps serving the app's publishes until the
app has drained (block-shutdown-duration) and no longer.
*/}}
{{- define "nc.daprAnnotations" -}}
{{- $shutdown := .root.Values.shutdown -}}
{{- $sidecar := .root.Values.dapr.sidecar -}}
dapr.io/enabled: "true"
dapr.io/app-id: {{ .name | quote }}
dapr.io/app-port: {{ .root.Values.ports.http | quote }}
dapr.io/app-protocol: http
dapr.io/config: {{ include "nc.daprConfigurationName" .root }}
dapr.io/enable-app-health-check: "true"
dapr.io/app-health-check-path: /health/ready
dapr.io/app-health-probe-interval: "5"
dapr.io/app-health-threshold: "3"
dapr.io/block-shutdown-duration: {{ printf "%ds" (add $shutdown.drainDelaySeconds $shutdown.timeoutSeconds) | quote }}
dapr.io/graceful-shutdown-seconds: {{ $shutdown.daprGracefulShutdownSeconds | quote }}
dapr.io/log-level: {{ .root.Values.dapr.logLevel }}
dapr.io/log-as-json: "true"
dapr.io/placement-host-address: ""
dapr.io/sidecar-cpu-request: {{ $sidecar.cpuRequest | quote }}
dapr.io/sidecar-memory-request: {{ $sidecar.memoryRequest | quote }}
dapr.io/sidecar-cpu-limit: {{ $sidecar.cpuLimit | quote }}
dapr.io/sidecar-memory-limit: {{ $sidecar.memoryLimit | quote }}
dapr.io/sidecar-seccomp-profile-type: RuntimeDefault
{{- end -}}

{{/* A subscription's dead-letter topic, as the code names it (Platform.Contracts Topics.DeadLetterOf). */}}
{{- define "nc.deadLetterTopic" -}}
{{- printf "%s-dead-letter" . -}}
{{- end -}}

{{/* The apps whose sidecars use the pub/sub component, as a YAML list: those that publish or subscribe. */}}
{{- define "nc.pubsubApps" -}}
{{- $names := list -}}
{{- range $name, $app := .Values.apps -}}
{{- if and $app.dapr $app.dapr.enabled (or $app.dapr.publishes $app.dapr.subscribes) -}}
{{- $names = append $names $name -}}
{{- end -}}
{{- end -}}
{{- toYaml $names -}}
{{- end -}}

{{/*
The topics each app may publish: its own events, and the dead-letter topics of its subscriptions, which
its sidecar publishes to when a delivery's retries are spent. "app=topic,topic;app=..." as Dapr reads it.
*/}}
{{- define "nc.publishingScopes" -}}
{{- $scopes := list -}}
{{- range $name := include "nc.pubsubApps" . | fromYamlArray -}}
{{- $dapr := (index $.Values.apps $name).dapr -}}
{{- $topics := $dapr.publishes | default list -}}
{{- range $dapr.subscribes -}}
{{- $topics = append $topics (include "nc.deadLetterTopic" .) -}}
{{- end -}}
{{- $scopes = append $scopes (printf "%s=%s" $name (join "," $topics)) -}}
{{- end -}}
{{- join ";" $scopes -}}
{{- end -}}

{{/* The topics each app may subscribe to; "app=" allows none. */}}
{{- define "nc.subscriptionScopes" -}}
{{- $scopes := list -}}
{{- range $name := include "nc.pubsubApps" . | fromYamlArray -}}
{{- $scopes = append $scopes (printf "%s=%s" $name (join "," ((index $.Values.apps $name).dapr.subscribes | default list))) -}}
{{- end -}}
{{- join ";" $scopes -}}
{{- end -}}

{{/* Every topic the platform uses, dead-letter topics included: no other can be created through Dapr. */}}
{{- define "nc.allowedTopics" -}}
{{- $topics := list -}}
{{- range $name := include "nc.pubsubApps" . | fromYamlArray -}}
{{- $dapr := (index $.Values.apps $name).dapr -}}
{{- $topics = concat $topics ($dapr.publishes | default list) ($dapr.subscribes | default list) -}}
{{- range $dapr.subscribes -}}
{{- $topics = append $topics (include "nc.deadLetterTopic" .) -}}
{{- end -}}
{{- end -}}
{{- join "," ($topics | uniq | sortAlpha) -}}
{{- end -}}

{{/*
Network policy pieces. Ports are numbers, so a rule reads the same whichever pod it is applied to.
*/}}

{{/* The apps that call an app, with the ports they call it on, as YAML: caller -> [port]. dict "root" $ "name" <app>. */}}
{{- define "nc.callers" -}}
{{- $callers := dict -}}
{{- range $caller, $app := .root.Values.apps -}}
{{- range $callee, $port := $app.calls -}}
{{- if eq $callee $.name -}}
{{- $_ := set $callers $caller (append (get $callers $caller | default list) (index $.root.Values.ports $port)) -}}
{{- end -}}
{{- end -}}
{{- if has $.name ($app.proxies | default list) -}}
{{- $_ := set $callers $caller (append (get $callers $caller | default list) $.root.Values.ports.http) -}}
{{- end -}}
{{- end -}}
{{- toYaml $callers -}}
{{- end -}}

{{/* A rule's ports: a list of numbers as NetworkPolicyPorts. */}}
{{- define "nc.tcpPorts" -}}
{{- $ports := list -}}
{{- range . -}}
{{- $ports = append $ports (dict "port" . "protocol" "TCP") -}}
{{- end -}}
{{- toYaml $ports -}}
{{- end -}}

{{- define "nc.dnsEgressRule" -}}
to:
  - namespaceSelector:
      {{- toYaml .Values.networkPolicy.dns.namespaceSelector | nindent 6 }}
    podSelector:
      {{- toYaml .Values.networkPolicy.dns.podSelector | nindent 6 }}
ports:
  - port: 53
    protocol: UDP
  - port: 53
    protocol: TCP
{{- end -}}

{{/* Egress to PostgreSQL: the in-chart server, or the external peers the values give. A YAML list of rules. */}}
{{- define "nc.databaseEgressRules" -}}
{{- $rules := list -}}
{{- if .Values.devDependencies.postgres.enabled -}}
{{- $peer := dict "podSelector" (dict "matchLabels" (include "nc.selectorLabels" (dict "root" . "component" "postgres") | fromYaml)) -}}
{{- $rules = append $rules (dict "to" (list $peer) "ports" (include "nc.tcpPorts" (list 5432) | fromYamlArray)) -}}
{{- end -}}
{{- with .Values.networkPolicy.egress.database -}}
{{- if .to -}}
{{- $rules = append $rules (dict "to" .to "ports" (include "nc.tcpPorts" .ports | fromYamlArray)) -}}
{{- end -}}
{{- end -}}
{{- toYaml $rules -}}
{{- end -}}

{{/* Egress to the message broker: the in-chart Redis, or the external peers the values give. */}}
{{- define "nc.pubsubEgressRules" -}}
{{- $rules := list -}}
{{- if .Values.devDependencies.redis.enabled -}}
{{- $peer := dict "podSelector" (dict "matchLabels" (include "nc.selectorLabels" (dict "root" . "component" "redis") | fromYaml)) -}}
{{- $rules = append $rules (dict "to" (list $peer) "ports" (include "nc.tcpPorts" (list 6379) | fromYamlArray)) -}}
{{- end -}}
{{- with .Values.networkPolicy.egress.pubsub -}}
{{- if .to -}}
{{- $rules = append $rules (dict "to" .to "ports" (include "nc.tcpPorts" .ports | fromYamlArray)) -}}
{{- end -}}
{{- end -}}
{{- toYaml $rules -}}
{{- end -}}

{{/* Egress to the peers of one networkPolicy.egress entry, or nothing when it lists none. */}}
{{- define "nc.peerEgressRules" -}}
{{- if .to -}}
{{- toYaml (list (dict "to" .to "ports" (include "nc.tcpPorts" .ports | fromYamlArray))) -}}
{{- else -}}
[]
{{- end -}}
{{- end -}}
