// Support Group Navigator on Azure: an Azure Bot (SingleTenant or user-assigned managed
// identity), a Linux App Service on Node 22 LTS, Blob Storage for conversation state, and the
// Direct Line, Teams and (optionally) Twilio SMS channels. Deploy into a resource group:
//   az deployment group create -g <rg> -f infra/main.bicep -p idHashSalt=<random> ...
// infra/README.md lists the parameters and the steps around this template.

targetScope = 'resourceGroup'

// ---- names and places -------------------------------------------------------------------

@description('Short prefix for resource names (lower-case letters and digits).')
@minLength(3)
@maxLength(12)
param namePrefix string = 'sgn'

@description('Region for the App Service, storage and identity.')
param location string = resourceGroup().location

@description('Azure Bot data residency: global, or a region that offers regional bots (westeurope, centralindia).')
@allowed([
  'global'
  'westeurope'
  'centralindia'
])
param botLocation string = 'global'

@description('Azure Bot resource name (globally unique).')
param botName string = '${namePrefix}-bot-${uniqueString(resourceGroup().id)}'

@description('Web App name: the bot is served at https://<webAppName>.azurewebsites.net.')
param webAppName string = '${namePrefix}-app-${uniqueString(resourceGroup().id)}'

@description('Storage account name (3-24 lower-case letters and digits, globally unique).')
@minLength(3)
@maxLength(24)
param storageAccountName string = take(toLower('${namePrefix}st${uniqueString(resourceGroup().id)}'), 24)

// ---- identity -----------------------------------------------------------------------------

@description('How the bot authenticates to Azure Bot Service. New multi-tenant bots are deprecated.')
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param appType string = 'UserAssignedMSI'

@description('SingleTenant only: the Entra ID app registration\'s application (client) id.')
param singleTenantAppId string = ''

@description('SingleTenant only: a client secret of that app registration.')
@secure()
param singleTenantAppPassword string = ''

// ---- app ----------------------------------------------------------------------------------

@description('App Service plan SKU. Basic or above: Always On is not available on Free.')
@allowed([
  'B1'
  'B2'
  'S1'
  'P0v3'
  'P1v3'
])
param planSku string = 'B1'

@description('Node.js runtime of the Web App (README, "Node versions").')
@allowed([
  'NODE|22-lts'
  'NODE|24-lts'
])
param linuxFxVersion string = 'NODE|22-lts'

@description('Secret that keys the hashes of conversation and user ids (phone numbers on SMS). Long, random, and stable across deployments.')
@secure()
@minLength(32)
param idHashSalt string

@description('Azure Bot SKU.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

// ---- conversation state -----------------------------------------------------------------

@description('Blob container for conversation state.')
param stateContainerName string = 'conversation-state'

@description('How the bot reaches storage: a connection string with the account key, or its managed identity (no keys; shared-key access is then turned off).')
@allowed([
  'connectionString'
  'identity'
])
param stateStorageAuth string = 'connectionString'

@description('Backstop: delete state blobs not modified for this many days (the bot itself forgets after STATE_TTL_MINUTES).')
@minValue(1)
param stateRetentionDays int = 2

// ---- channels -----------------------------------------------------------------------------

@description('Origins allowed to host the website widget, e.g. https://www.example.org. Used as Direct Line trusted origins (enhanced authentication) and WIDGET_ALLOWED_ORIGINS.')
param widgetOrigins array = []

@description('The Direct Line site\'s secret key. Empty on the first deployment; copy it from the Direct Line channel afterwards and deploy again (see infra/README.md).')
@secure()
param directLineSecret string = ''

@description('Direct Line service origin, without /v3/directline (the bot adds it); a regional bot uses its regional one, e.g. https://europe.directline.botframework.com.')
param directLineEndpoint string = 'https://directline.botframework.com'

@description('Turn on the Microsoft Teams channel.')
param enableTeams bool = true

@description('Twilio number for SMS in E.164 form (+15555550123). Empty: no SMS channel.')
param twilioPhoneNumber string = ''

@description('Twilio Account SID.')
@secure()
param twilioAccountSid string = ''

@description('Twilio Auth Token.')
@secure()
param twilioAuthToken string = ''

// ---- derived values -----------------------------------------------------------------------

var useIdentityForBot = appType == 'UserAssignedMSI'
var useIdentityForStorage = stateStorageAuth == 'identity'
var botAppId = useIdentityForBot ? identity.properties.clientId : singleTenantAppId
// Storage Blob Data Contributor, a built-in role.
var blobDataContributorRoleId = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
// Key Vault Secrets User, a built-in role: reads secret values, nothing else.
var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'
var keyVaultName = take('${namePrefix}kv${uniqueString(resourceGroup().id)}', 24)

// ---- resources ----------------------------------------------------------------------------

// Always created (it costs nothing): the bot's identity when appType is UserAssignedMSI, and
// the storage identity when stateStorageAuth is identity.
resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${namePrefix}-id-${uniqueString(resourceGroup().id)}'
  location: location
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageAccountName
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    accessTier: 'Hot'
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    allowSharedKeyAccess: !useIdentityForStorage
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
  properties: {
    // Deleted conversation state should be gone, not kept as soft-deleted copies.
    deleteRetentionPolicy: {
      enabled: false
    }
  }
}

resource stateContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: stateContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource stateLifecycle 'Microsoft.Storage/storageAccounts/managementPolicies@2023-05-01' = {
  parent: storage
  name: 'default'
  properties: {
    policy: {
      rules: [
        {
          name: 'expire-conversation-state'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: [
                'blockBlob'
              ]
              prefixMatch: [
                '${stateContainerName}/'
              ]
            }
            actions: {
              baseBlob: {
                delete: {
                  daysAfterModificationGreaterThan: stateRetentionDays
                }
              }
            }
          }
        }
      ]
    }
  }
  dependsOn: [
    stateContainer
  ]
}

resource blobDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (useIdentityForStorage) {
  name: guid(storage.id, identity.id, blobDataContributorRoleId)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', blobDataContributorRoleId)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// Secrets live in Key Vault; the app settings hold only references to them, which App Service
// resolves with the user-assigned identity (keyVaultReferenceIdentity below).
resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: keyVaultName
  location: location
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
  }
}

resource vaultSecretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, identity.id, keyVaultSecretsUserRoleId)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource saltSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'id-hash-salt'
  properties: {
    value: idHashSalt
  }
}

resource directLineSecretSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(directLineSecret)) {
  parent: vault
  name: 'direct-line-secret'
  properties: {
    value: directLineSecret
  }
}

resource appPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!useIdentityForBot) {
  parent: vault
  name: 'microsoft-app-password'
  properties: {
    value: singleTenantAppPassword
  }
}

resource storageConnectionSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!useIdentityForStorage) {
  parent: vault
  name: 'storage-connection-string'
  properties: {
    value: 'DefaultEndpointsProtocol=https;AccountName=${storage.name};AccountKey=${storage.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'
  }
}

// References by vault and secret name: App Service reads the latest version of each.
var idHashSaltReference = '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=id-hash-salt)'
var directLineSecretReference = empty(directLineSecret) ? '' : '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=direct-line-secret)'
var appPasswordReference = '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=microsoft-app-password)'
var storageConnectionReference = '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=storage-connection-string)'

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${namePrefix}-plan-${uniqueString(resourceGroup().id)}'
  location: location
  kind: 'linux'
  sku: {
    name: planSku
  }
  properties: {
    reserved: true // Linux
  }
}

var storageSettings = useIdentityForStorage ? [
  {
    name: 'AZURE_STORAGE_ACCOUNT_URL'
    value: storage.properties.primaryEndpoints.blob
  }
  {
    name: 'AZURE_CLIENT_ID'
    value: identity.properties.clientId
  }
] : [
  {
    name: 'AZURE_STORAGE_CONNECTION_STRING'
    value: storageConnectionReference
  }
]

var passwordSettings = useIdentityForBot ? [] : [
  {
    name: 'MicrosoftAppPassword'
    value: appPasswordReference
  }
]

var baseSettings = [
  {
    name: 'MicrosoftAppId'
    value: botAppId
  }
  {
    name: 'MicrosoftAppType'
    value: appType
  }
  {
    name: 'MicrosoftAppTenantId'
    value: tenant().tenantId
  }
  {
    name: 'REQUIRE_AUTH'
    value: 'true'
  }
  {
    name: 'ID_HASH_SALT'
    value: idHashSaltReference
  }
  {
    name: 'STATE_STORAGE'
    value: 'blob'
  }
  {
    name: 'STATE_CONTAINER'
    value: stateContainerName
  }
  {
    name: 'DIRECT_LINE_SECRET'
    value: directLineSecretReference
  }
  {
    name: 'DIRECT_LINE_ENDPOINT'
    value: directLineEndpoint
  }
  {
    name: 'LOCAL_DIRECT_LINE'
    value: 'false'
  }
  {
    name: 'WIDGET_ALLOWED_ORIGINS'
    value: join(widgetOrigins, ',')
  }
  {
    // App Service's front end adds one X-Forwarded-For hop: rate limits then count real visitors.
    name: 'TRUST_PROXY_HOPS'
    value: '1'
  }
  {
    name: 'LOG_LEVEL'
    value: 'info'
  }
  {
    name: 'NODE_ENV'
    value: 'production'
  }
  {
    // The deployed zip is already built (see docs/azure-bot.md).
    name: 'SCM_DO_BUILD_DURING_DEPLOYMENT'
    value: 'false'
  }
]

@description('Create Application Insights (with a Log Analytics workspace and the bot\'s workbook) and send the bot\'s telemetry there.')
param enableMonitoring bool = true

module monitoring 'monitoring.bicep' = if (enableMonitoring) {
  name: 'monitoring'
  params: {
    location: location
    namePrefix: namePrefix
  }
}

// Counts and durations only (docs/telemetry.md).
var monitoringSettings = enableMonitoring
  ? [
      {
        name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
        value: monitoring.outputs.connectionString
      }
    ]
  : []

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: webAppName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    // Key Vault references are resolved with the user-assigned identity (there is no system one).
    keyVaultReferenceIdentity: identity.id
    httpsOnly: true
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: linuxFxVersion
      appCommandLine: 'node --no-regexp-tier-up --max-semi-space-size=32 dist/index.js'
      alwaysOn: true
      healthCheckPath: '/healthz'
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      appSettings: concat(baseSettings, passwordSettings, storageSettings, monitoringSettings)
    }
  }
  // The references resolve at start-up: the secrets and the right to read them come first.
  dependsOn: [
    vaultSecretsUser
    saltSecret
    directLineSecretSecret
    appPasswordSecret
    storageConnectionSecret
  ]
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: botLocation
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: 'Support Group Navigator'
    description: 'Explains mutual support groups for recovery and finds ones that fit.'
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppType: appType
    msaAppId: botAppId
    msaAppTenantId: tenant().tenantId
    msaAppMSIResourceId: useIdentityForBot ? identity.id : ''
    publicNetworkAccess: 'Enabled'
  }
}

resource directLine 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: botLocation
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        {
          siteName: 'Website widget'
          isEnabled: true
          isV1Enabled: false
          isV3Enabled: true
          // Enhanced authentication needs at least one trusted origin.
          isSecureSiteEnabled: !empty(widgetOrigins)
          trustedOrigins: widgetOrigins
        }
      ]
    }
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = if (enableTeams) {
  parent: bot
  name: 'MsTeamsChannel'
  location: botLocation
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      acceptedTerms: true
    }
  }
}

resource sms 'Microsoft.BotService/botServices/channels@2022-09-15' = if (!empty(twilioPhoneNumber)) {
  parent: bot
  name: 'SmsChannel'
  location: botLocation
  properties: {
    channelName: 'SmsChannel'
    properties: {
      isEnabled: true
      phone: twilioPhoneNumber
      accountSID: twilioAccountSid
      authToken: twilioAuthToken
    }
  }
}

// ---- outputs (no secrets) -------------------------------------------------------------------

output webAppHostName string = webApp.properties.defaultHostName
output messagingEndpoint string = bot.properties.endpoint
@description('The bot\'s Microsoft App ID: pass it as MicrosoftAppId to npm run teams:package.')
output microsoftAppId string = botAppId
output identityClientId string = identity.properties.clientId
output storageAccount string = storage.name
output botResourceName string = bot.name
