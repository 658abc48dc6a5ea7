<#-- Conferma d'ordine: variabili order, customer -->
<#assign total = order.total?string.currency>
Gentile <#if customer.vip>cliente VIP<#else>cliente</#if>,

grazie per il tuo ordine n. ${order.id} di ${total}.
<#list order.items as item>
- ${item.name} (${item.qty})
</#list>
<#if (order.delayDays > 0)>
La consegna è in ritardo di ${order.delayDays} giorni. Nessun problema: ti avvisiamo appena parte.
</#if>
<@footer lang="it"/>
