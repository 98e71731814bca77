// Telemetry for the bot: a Log Analytics workspace, a workspace-based Application Insights
// resource and a workbook with the figures of docs/telemetry.md. main.bicep passes the
// connection string to the Web App as APPLICATIONINSIGHTS_CONNECTION_STRING.

@description('Region of the workspace and Application Insights.')
param location string

@description('Prefix for resource names.')
param namePrefix string

@description('Days the workspace keeps data (30-730).')
@minValue(30)
@maxValue(730)
param retentionDays int = 90

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${namePrefix}-logs-${uniqueString(resourceGroup().id)}'
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: retentionDays
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${namePrefix}-insights-${uniqueString(resourceGroup().id)}'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'Node.JS'
    WorkspaceResourceId: workspace.id
    // Application Insights' default: the sender's address is masked before it is stored.
    DisableIpMasking: false
    RetentionInDays: retentionDays
  }
}

resource workbook 'Microsoft.Insights/workbooks@2023-06-01' = {
  // A workbook's name must be a GUID.
  name: guid(resourceGroup().id, 'support-group-navigator-workbook')
  location: location
  kind: 'shared'
  properties: {
    displayName: 'Support Group Navigator'
    category: 'workbook'
    sourceId: insights.id
    serializedData: loadTextContent('workbook.json')
  }
}

@description('For the Web App setting APPLICATIONINSIGHTS_CONNECTION_STRING.')
output connectionString string = insights.properties.ConnectionString
output insightsName string = insights.name
