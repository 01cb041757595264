/** Small look-alikes of the exports Lojal's users drop, written out line by line. */

/** Online Retail (UCI) line items: month-first dates, `C…` cancellation invoices, quoted commas. */
export const ONLINE_RETAIL = [
  'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country',
  '536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,12/1/2010 8:26,2.55,17850,United Kingdom',
  '536365,71053,WHITE METAL LANTERN,6,12/1/2010 8:26,3.39,17850,United Kingdom',
  '536366,22633,HAND WARMER UNION JACK,6,12/1/2010 8:28,1.85,17850,United Kingdom',
  '536367,84879,ASSORTED COLOUR BIRD ORNAMENT,32,12/1/2010 8:34,1.69,13047,United Kingdom',
  'C536379,D,Discount,-1,12/1/2010 9:41,27.50,14527,United Kingdom',
  '536380,22961,"JAM MAKING SET, PRINTED",24,12/13/2010 9:41,1.45,17809,France',
  '536381,22139,"RETROSPOT TEA SET, CERAMIC",3,12/13/2010 9:45,4.95,13047,United Kingdom',
].join('\n');

/** A Norwegian shop export from Excel: `;`, day-first dotted dates, space thousands, decimal comma. */
export const NORWEGIAN = [
  'Kundenr;Ordredato;Beløp',
  '1001;31.12.2024;1 234,50',
  '1002;02.01.2025;99,00',
  '1001;15.01.2025;12,50',
  '1003;16.01.2025;2 500,00',
].join('\r\n');

/** A Danish export: `Kunde-ID`, currency before the amount, dot thousands, a store column. */
export const DANISH = [
  'Kunde-ID;Dato;Beløb;Butik',
  'K-17;03.02.2024;kr 1.234,50;Aarhus',
  'K-18;04.02.2024;kr 99,00;Odense',
  'K-17;05.03.2024;kr 12.000,00;Aarhus',
  'K-19;06.03.2024;kr 450,00;København',
].join('\n');

/** A telco churn table (one row per customer): tenure in months and a Yes/No churn flag. */
export const TELCO = [
  'customerID,gender,SeniorCitizen,Partner,Dependents,tenure,PhoneService,Contract,MonthlyCharges,TotalCharges,Churn',
  '7590-VHVEG,Female,0,Yes,No,1,No,Month-to-month,29.85,29.85,No',
  '5575-GNVDE,Male,0,No,No,34,Yes,One year,56.95,1889.5,No',
  '3668-QPYBK,Male,0,No,No,2,Yes,Month-to-month,53.85,108.15,Yes',
  '7795-CFOCW,Male,0,No,No,45,No,One year,42.30,1840.75,No',
  '9237-HQITU,Female,0,No,No,2,Yes,Month-to-month,70.70,151.65,Yes',
].join('\n');

/** Subscriptions: start and end dates (empty while active), plan and monthly price. */
export const SUBSCRIPTIONS = [
  'customer_id,plan,start_date,end_date,monthly_price',
  'c-001,basic,2023-01-05,2023-06-05,99.00',
  'c-002,pro,2023-02-01,,199.00',
  'c-003,basic,2023-03-10,2024-01-10,99.00',
  'c-004,pro,2023-04-12,,199.00',
].join('\n');

/** A customer list: one row per customer with attributes. */
export const CUSTOMERS = [
  'customer_id,signup_date,city,gender',
  'c-001,2023-01-01,Oslo,F',
  'c-002,2023-02-01,Bergen,M',
  'c-003,2023-03-01,Oslo,F',
  'c-004,2023-03-09,Trondheim,M',
].join('\n');

/** CDNOW-style whitespace-aligned purchases without a header: id, YYYYMMDD date, CDs, dollar value. */
export const CDNOW = [
  ' 00001 19970101  1  11.77',
  ' 00002 19970112  1  12.00',
  ' 00002 19970112  5  77.00',
  ' 00003 19970102  2  20.76',
  ' 00003 19970330  2  20.76',
  ' 00004 19970101  2  29.33',
].join('\n');
