// Builds telemetry from configuration. Nothing configured: `noTelemetry`, and no OpenTelemetry
// SDK is even loaded. Otherwise metrics and traces go to every destination configured:
// Azure Monitor (APPLICATIONINSIGHTS_CONNECTION_STRING), an OTLP endpoint
// (OTEL_EXPORTER_OTLP_ENDPOINT), the bot's own /metrics page (METRICS_TOKEN), and, for tests
// and the benchmark, in-memory readers passed in.
//
// Only this bot's own instruments are exported: no automatic instrumentation (it would record
// outbound URLs, and a connector URL carries the conversation id, which on SMS is a phone
// number), and the providers are not registered globally, so no library can add spans to them.
/* eslint-disable @typescript-eslint/no-require-imports -- the SDK and exporters are loaded only when configured */
import type * as MetricsSdk from '@opentelemetry/sdk-metrics';
import type * as TraceSdk from '@opentelemetry/sdk-trace-base';
import type { KnownIds } from './labels';
import { noTelemetry, type Telemetry } from './telemetry';

export interface TelemetrySettings {
  APPLICATIONINSIGHTS_CONNECTION_STRING: string;
  OTEL_EXPORTER_OTLP_ENDPOINT: string;
  METRICS_TOKEN: string;
  TELEMETRY_EXPORT_INTERVAL_SECONDS: number;
}

/** Destinations a test or the benchmark adds (in-memory readers and span exporters). */
export interface ExtraTelemetryDestinations {
  metricReaders?: MetricsSdk.MetricReader[];
  spanExporters?: TraceSdk.SpanExporter[];
}

export const SERVICE_NAME = 'support-group-navigator';

export function telemetryConfigured(settings: TelemetrySettings, extra: ExtraTelemetryDestinations = {}): boolean {
  return Boolean(
    settings.APPLICATIONINSIGHTS_CONNECTION_STRING ||
    settings.OTEL_EXPORTER_OTLP_ENDPOINT ||
    settings.METRICS_TOKEN ||
    extra.metricReaders?.length ||
    extra.spanExporters?.length,
  );
}

export function createTelemetry(settings: TelemetrySettings, ids: KnownIds, extra: ExtraTelemetryDestinations = {}): Telemetry {
  if (!telemetryConfigured(settings, extra)) return noTelemetry;
  // Loaded here, not at the top: a bot without telemetry never pays for the SDK at start-up.
  const metricsSdk = require('@opentelemetry/sdk-metrics') as typeof MetricsSdk;
  const traceSdk = require('@opentelemetry/sdk-trace-base') as typeof TraceSdk;
  const { resourceFromAttributes } = require('@opentelemetry/resources') as typeof import('@opentelemetry/resources');
  const resource = resourceFromAttributes({ 'service.name': SERVICE_NAME });
  const exportIntervalMillis = settings.TELEMETRY_EXPORT_INTERVAL_SECONDS * 1000;

  const readers: MetricsSdk.MetricReader[] = [...(extra.metricReaders ?? [])];
  const spanExporters: TraceSdk.SpanExporter[] = [...(extra.spanExporters ?? [])];
  const periodic = (exporter: MetricsSdk.PushMetricExporter) =>
    new metricsSdk.PeriodicExportingMetricReader({ exporter, exportIntervalMillis });

  if (settings.APPLICATIONINSIGHTS_CONNECTION_STRING) {
    const azure = require('@azure/monitor-opentelemetry-exporter') as typeof import('@azure/monitor-opentelemetry-exporter');
    const connectionString = settings.APPLICATIONINSIGHTS_CONNECTION_STRING;
    readers.push(periodic(new azure.AzureMonitorMetricExporter({ connectionString })));
    spanExporters.push(new azure.AzureMonitorTraceExporter({ connectionString }));
  }
  if (settings.OTEL_EXPORTER_OTLP_ENDPOINT) {
    const base = settings.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/+$/, '');
    const { OTLPMetricExporter } =
      require('@opentelemetry/exporter-metrics-otlp-http') as typeof import('@opentelemetry/exporter-metrics-otlp-http');
    const { OTLPTraceExporter } =
      require('@opentelemetry/exporter-trace-otlp-http') as typeof import('@opentelemetry/exporter-trace-otlp-http');
    readers.push(periodic(new OTLPMetricExporter({ url: `${base}/v1/metrics` })));
    spanExporters.push(new OTLPTraceExporter({ url: `${base}/v1/traces` }));
  }
  let prometheus: (() => Promise<string>) | undefined;
  if (settings.METRICS_TOKEN) {
    const { PrometheusExporter, PrometheusSerializer } =
      require('@opentelemetry/exporter-prometheus') as typeof import('@opentelemetry/exporter-prometheus');
    // A reader the /metrics route asks on demand; it starts no server of its own.
    const reader = new PrometheusExporter({ preventServerStart: true });
    const serializer = new PrometheusSerializer();
    readers.push(reader);
    prometheus = async () => serializer.serialize((await reader.collect()).resourceMetrics);
  }

  const meterProvider = new metricsSdk.MeterProvider({ resource, readers });
  const tracerProvider = new traceSdk.BasicTracerProvider({
    resource,
    spanProcessors: spanExporters.map((exporter) => new traceSdk.BatchSpanProcessor(exporter)),
  });
  // Our instruments too: they import the OpenTelemetry API, which a bot without telemetry never loads.
  const { OpenTelemetry } = require('./openTelemetry') as typeof import('./openTelemetry');
  return new OpenTelemetry(meterProvider.getMeter(SERVICE_NAME), tracerProvider.getTracer(SERVICE_NAME), ids, prometheus, [
    meterProvider,
    tracerProvider,
  ]);
}
