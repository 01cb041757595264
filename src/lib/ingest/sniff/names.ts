import type { FieldRole } from '../spec';

/**
 * Column names that usually mean a given field, in English, Norwegian, Danish and Swedish, written
 * normalised (see `normalizeName`). Lists are compared whole-name; `STRONG` names are near-certain,
 * `WEAK` ones only suggest the field and need the values to agree.
 */
// prettier-ignore
const STRONG: Record<FieldRole, string[]> = {
  customerId: [
    'customerid', 'customer', 'customerno', 'customernr', 'customernumber', 'customerkey', 'customercode',
    'custid', 'custno', 'clientid', 'client', 'clientno', 'clientnumber', 'kundenummer', 'kundenr', 'kundeid',
    'kunde', 'kundnummer', 'kundid', 'kundnr', 'kund', 'kundekode', 'memberid', 'membernumber', 'medlemsnummer',
    'medlemsnr', 'medlemsid', 'userid', 'email', 'emailaddress', 'epost', 'epostadresse', 'emailadresse',
    'mail', 'buyerid', 'contactid', 'accountid', 'shopperid', 'personid', 'customeruniqueid',
  ],
  orderDate: [
    'orderdate', 'date', 'dato', 'datum', 'ordredato', 'orderdato', 'orderdatum', 'invoicedate', 'fakturadato',
    'fakturadatum', 'purchasedate', 'purchasedat', 'transactiondate', 'transaksjonsdato', 'transaktionsdato',
    'kjopsdato', 'kobsdato', 'kopdatum', 'salesdate', 'saledate', 'salgsdato', 'orderedat', 'placedat',
    'orderplacedat', 'paymentdate', 'betalingsdato', 'bestillingsdato', 'bestilldato',
  ],
  amount: [
    'amount', 'total', 'totalamount', 'totalprice', 'ordertotal', 'grandtotal', 'revenue', 'sales', 'salesamount',
    'value', 'ordervalue', 'net', 'netamount', 'nettotal', 'gross', 'subtotal', 'sum', 'totalt', 'belop',
    'belob', 'belopp', 'totalbelop', 'totalbelob', 'totalbelopp', 'omsetning', 'omsaetning', 'omsattning',
    'dollarvalue', 'dollars', 'spend', 'amountpaid', 'paid', 'totalsum', 'summa', 'ordresum', 'ordrebelop',
    'ordreverdi', 'verdi', 'vaerdi', 'varde', 'nettobelop', 'bruttobelop',
  ],
  orderId: [
    'orderid', 'order', 'orderno', 'ordernr', 'ordernumber', 'ordreid', 'ordre', 'ordrenummer', 'ordrenr',
    'ordernummer', 'bestillingsnummer', 'bestillingsnr', 'bestillingid', 'bestilling', 'invoiceno', 'invoice',
    'invoiceid', 'invoicenumber', 'fakturanummer', 'fakturanr', 'faktura', 'receipt', 'receiptno', 'receiptid',
    'receiptnumber', 'kvittering', 'kvitteringsnr', 'transactionid', 'transaction', 'transaksjonsid',
    'transaktionsid', 'txid', 'bongnr', 'kvittonr',
  ],
  quantity: [
    'qty', 'quantity', 'antall', 'antal', 'stk', 'styk', 'stykk', 'cds', 'units', 'pcs', 'numberofitems',
    'itemcount', 'kvantitet', 'mengde', 'maengde', 'antalstk',
  ],
  unitPrice: [
    'unitprice', 'unitcost', 'priceeach', 'itemprice', 'stykkpris', 'enhetspris', 'enhedspris', 'apris',
    'styckpris', 'listprice', 'salesprice', 'styckepris',
  ],
  status: ['status', 'orderstatus', 'state', 'ordrestatus', 'orderstate', 'financialstatus', 'paymentstatus'],
  // Set by a recognised layout (layouts/) or by the user, never guessed from a name alone.
  orderTotal: [],
  refundedAmount: [],
  cancelledAt: [],
  signupDate: [
    'signupdate', 'signup', 'signedup', 'signedupat', 'registered', 'registereddate', 'registrationdate',
    'registeredat', 'created', 'createdat', 'createddate', 'creationdate', 'membersince', 'customersince',
    'joined', 'joindate', 'joinedat', 'registreringsdato', 'registrert', 'registreret', 'registreringsdatum',
    'medlemsiden', 'kundesiden', 'kundsiden', 'opprettet', 'oprettet', 'skapad',
  ],
  startDate: [
    'startdate', 'start', 'startdato', 'startdatum', 'startedat', 'subscriptionstart', 'subscriptionstartdate',
    'begindate', 'fromdate', 'fradato', 'activatedat', 'activationdate', 'periodstart', 'validfrom', 'gyldigfra',
  ],
  endDate: [
    'enddate', 'end', 'sluttdato', 'slutdato', 'slutdatum', 'endedat', 'cancelledat', 'canceledat',
    'cancelleddate', 'canceleddate', 'cancellationdate', 'canceldate', 'churndate', 'churnedat', 'todate',
    'tildato', 'expiresat', 'expirydate', 'expirationdate', 'terminationdate', 'terminatedat',
    'oppsigelsesdato', 'opsigelsesdato', 'uppsagningsdatum', 'periodend', 'validto', 'gyldigtil',
  ],
  recurringAmount: [
    'recurringamount', 'mrr', 'monthlyamount', 'monthlyfee', 'monthlycharges', 'monthlycharge', 'monthlyprice',
    'subscriptionprice', 'subscriptionfee', 'recurring', 'manedspris', 'manedsbelop', 'maanedspris',
    'manadspris', 'abonnementspris', 'abonnementpris', 'planprice',
  ],
  plan: [
    'plan', 'planname', 'subscription', 'subscriptiontype', 'tier', 'package', 'abonnement', 'abonnementstype',
    'abonnemang', 'pakke', 'paket', 'produkt', 'product',
  ],
  duration: [
    'tenure', 'duration', 'months', 'weeks', 'days', 'time', 't', 'lifetime', 'tenuremonths', 'monthsactive',
    'varighet', 'varighed', 'varaktighet', 'maneder', 'maaneder', 'manader', 'uker', 'uger', 'veckor',
  ],
  event: [
    'churn', 'churned', 'event', 'e', 'exited', 'cancelled', 'canceled', 'churnflag', 'ischurned', 'attrition',
    'left', 'observed', 'eventobserved', 'frafall', 'oppsagt', 'opsagt', 'avgang', 'uppsagd', 'churnet',
  ],
};

// prettier-ignore
const WEAK: Partial<Record<FieldRole, string[]>> = {
  customerId: ['id', 'user', 'member', 'account'],
  orderId: ['id', 'number', 'nr', 'nummer', 'no'],
  amount: ['price', 'pris', 'payment', 'kr', 'nok', 'dkk', 'sek', 'eur', 'usd'],
  unitPrice: ['price', 'pris'],
  orderDate: ['timestamp', 'datetime', 'createdat', 'created', 'day', 'dag', 'time'],
  signupDate: ['firstseen', 'firstorder', 'firstpurchase', 'start'],
  status: ['fulfillmentstatus', 'event', 'kind'],
  plan: ['contract', 'product', 'level', 'type'],
  event: ['status', 'dead', 'died', 'active'],
  recurringAmount: ['price', 'pris', 'amount', 'fee'],
};

/** Names that always mean a descriptive attribute (channel, store, place, person), never a field. */
// prettier-ignore
const ATTRIBUTES = new Set([
  'butik', 'butikk', 'kanal', 'channel', 'store', 'shop', 'region', 'land', 'country', 'city', 'by', 'stad',
  'postnr', 'zip', 'zipcode', 'postcode', 'gender', 'kjonn', 'kon', 'name', 'navn', 'namn', 'customername',
  'kundenavn', 'firstname', 'lastname', 'fornavn', 'etternavn', 'description', 'beskrivelse', 'stockcode', 'sku',
  'category', 'kategori', 'segment', 'source', 'kilde', 'campaign', 'kampanje', 'address', 'adresse',
]);

/**
 * A column name reduced for comparison: lower case, accents and Nordic letters folded (ø→o, æ→ae,
 * å→a), and everything but letters and digits dropped, so `Kunde-ID`, `kunde_id` and `KundeID` agree.
 */
export function normalizeName(name: string): string {
  return name
    .toLowerCase()
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/œ/g, 'oe')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '');
}

/** How strongly a column's name suggests each field (0–1), and whether it is a known attribute name. */
export function nameScores(name: string): { scores: Partial<Record<FieldRole, number>>; attribute: boolean } {
  const key = normalizeName(name);
  const scores: Partial<Record<FieldRole, number>> = {};
  for (const [role, names] of Object.entries(STRONG) as [FieldRole, string[]][]) {
    if (names.includes(key)) scores[role] = 1;
  }
  for (const [role, names] of Object.entries(WEAK) as [FieldRole, string[]][]) {
    if (names.includes(key)) scores[role] = Math.max(scores[role] ?? 0, 0.6);
  }
  return { scores, attribute: ATTRIBUTES.has(key) };
}
