/**
 * Harmonized System reference tables (feature D7): the 21 sections and the 97 chapters with short,
 * official-style names in Italian and English. Italian names follow the wording of the EU Combined
 * Nomenclature (Nomenclatura combinata) as used by ISTAT, shortened; English names follow the WCO
 * HS 2022 titles, shortened.
 *
 * Chapter 77 is reserved by the WCO for future use. Chapter 99 is not part of the HS: Comext and
 * UN Comtrade use it for goods not specified by kind, so it is listed without a section.
 */

export interface HsName {
	it: string;
	en: string;
}

export interface HsSection extends HsName {
	/** Roman numeral, `I`..`XXI`. */
	numeral: string;
	/** First and last chapter, two digits. */
	from: string;
	to: string;
}

export const HS_SECTIONS: readonly HsSection[] = [
	{
		numeral: 'I',
		from: '01',
		to: '05',
		it: 'Animali vivi e prodotti del regno animale',
		en: 'Live animals; animal products'
	},
	{
		numeral: 'II',
		from: '06',
		to: '14',
		it: 'Prodotti del regno vegetale',
		en: 'Vegetable products'
	},
	{
		numeral: 'III',
		from: '15',
		to: '15',
		it: 'Grassi e oli animali o vegetali',
		en: 'Animal or vegetable fats and oils'
	},
	{
		numeral: 'IV',
		from: '16',
		to: '24',
		it: 'Prodotti alimentari; bevande; tabacchi',
		en: 'Prepared foodstuffs; beverages; tobacco'
	},
	{ numeral: 'V', from: '25', to: '27', it: 'Prodotti minerali', en: 'Mineral products' },
	{
		numeral: 'VI',
		from: '28',
		to: '38',
		it: 'Prodotti delle industrie chimiche',
		en: 'Products of the chemical industries'
	},
	{
		numeral: 'VII',
		from: '39',
		to: '40',
		it: 'Materie plastiche e gomma',
		en: 'Plastics and rubber'
	},
	{
		numeral: 'VIII',
		from: '41',
		to: '43',
		it: 'Pelli, cuoio e pellicce; articoli da viaggio, borse',
		en: 'Hides, skins, leather, furskins; travel goods, handbags'
	},
	{
		numeral: 'IX',
		from: '44',
		to: '46',
		it: 'Legno, sughero e lavori di intreccio',
		en: 'Wood, cork and basketware'
	},
	{
		numeral: 'X',
		from: '47',
		to: '49',
		it: 'Pasta di legno, carta e cartone',
		en: 'Wood pulp, paper and paperboard'
	},
	{
		numeral: 'XI',
		from: '50',
		to: '63',
		it: 'Materie tessili e loro manufatti',
		en: 'Textiles and textile articles'
	},
	{
		numeral: 'XII',
		from: '64',
		to: '67',
		it: 'Calzature, cappelli, ombrelli',
		en: 'Footwear, headgear, umbrellas'
	},
	{
		numeral: 'XIII',
		from: '68',
		to: '70',
		it: 'Lavori di pietre, gesso, cemento; ceramica; vetro',
		en: 'Articles of stone, plaster, cement; ceramics; glass'
	},
	{
		numeral: 'XIV',
		from: '71',
		to: '71',
		it: 'Perle, pietre e metalli preziosi; gioielleria',
		en: 'Pearls, precious stones and metals; jewellery'
	},
	{
		numeral: 'XV',
		from: '72',
		to: '83',
		it: 'Metalli comuni e loro lavori',
		en: 'Base metals and articles thereof'
	},
	{
		numeral: 'XVI',
		from: '84',
		to: '85',
		it: 'Macchine e apparecchi; materiale elettrico',
		en: 'Machinery and mechanical appliances; electrical equipment'
	},
	{
		numeral: 'XVII',
		from: '86',
		to: '89',
		it: 'Materiale da trasporto',
		en: 'Vehicles, aircraft, vessels'
	},
	{
		numeral: 'XVIII',
		from: '90',
		to: '92',
		it: 'Strumenti di ottica e di precisione; orologi; strumenti musicali',
		en: 'Optical and precision instruments; clocks and watches; musical instruments'
	},
	{ numeral: 'XIX', from: '93', to: '93', it: 'Armi e munizioni', en: 'Arms and ammunition' },
	{
		numeral: 'XX',
		from: '94',
		to: '96',
		it: 'Merci e prodotti diversi',
		en: 'Miscellaneous manufactured articles'
	},
	{
		numeral: 'XXI',
		from: '97',
		to: '97',
		it: "Oggetti d'arte, da collezione o di antichità",
		en: "Works of art, collectors' pieces and antiques"
	}
];

/** Reserved by the WCO; no goods are classified there. */
export const RESERVED_CHAPTER = '77';

/** Chapter names by two-digit code, `01`..`97` plus `99`. */
export const HS_CHAPTERS: Readonly<Record<string, HsName>> = {
	'01': { it: 'Animali vivi', en: 'Live animals' },
	'02': { it: 'Carni e frattaglie commestibili', en: 'Meat and edible meat offal' },
	'03': { it: 'Pesci, crostacei e molluschi', en: 'Fish, crustaceans and molluscs' },
	'04': { it: 'Latte e derivati; uova; miele', en: 'Dairy produce; eggs; honey' },
	'05': { it: 'Altri prodotti di origine animale', en: 'Other products of animal origin' },
	'06': {
		it: 'Piante vive e prodotti della floricoltura',
		en: 'Live trees and plants; cut flowers'
	},
	'07': { it: 'Ortaggi, piante, radici e tuberi', en: 'Edible vegetables, roots and tubers' },
	'08': { it: 'Frutta commestibile; frutta a guscio', en: 'Edible fruit and nuts' },
	'09': { it: 'Caffè, tè, mate e spezie', en: 'Coffee, tea, maté and spices' },
	'10': { it: 'Cereali', en: 'Cereals' },
	'11': { it: 'Prodotti della macinazione; malto; amidi', en: 'Milling products; malt; starches' },
	'12': { it: 'Semi e frutti oleosi', en: 'Oil seeds and oleaginous fruits' },
	'13': { it: 'Gommalacca; gomme, resine', en: 'Lac; gums, resins' },
	'14': { it: 'Materie da intreccio vegetali', en: 'Vegetable plaiting materials' },
	'15': { it: 'Grassi e oli animali o vegetali', en: 'Animal or vegetable fats and oils' },
	'16': { it: 'Preparazioni di carni o di pesci', en: 'Preparations of meat or fish' },
	'17': { it: 'Zuccheri e prodotti a base di zuccheri', en: 'Sugars and sugar confectionery' },
	'18': { it: 'Cacao e sue preparazioni', en: 'Cocoa and cocoa preparations' },
	'19': {
		it: 'Preparazioni a base di cereali; prodotti della pasticceria',
		en: "Preparations of cereals; pastrycooks' products"
	},
	'20': { it: 'Preparazioni di ortaggi o di frutta', en: 'Preparations of vegetables or fruit' },
	'21': { it: 'Preparazioni alimentari diverse', en: 'Miscellaneous edible preparations' },
	'22': { it: 'Bevande, liquidi alcolici e aceti', en: 'Beverages, spirits and vinegar' },
	'23': {
		it: 'Residui delle industrie alimentari; alimenti per animali',
		en: 'Food industry residues; animal fodder'
	},
	'24': { it: 'Tabacchi', en: 'Tobacco' },
	'25': {
		it: 'Sale; zolfo; terre e pietre; cementi',
		en: 'Salt; sulphur; earths and stone; cement'
	},
	'26': { it: 'Minerali, scorie e ceneri', en: 'Ores, slag and ash' },
	'27': { it: 'Combustibili minerali, oli minerali', en: 'Mineral fuels, mineral oils' },
	'28': {
		it: 'Prodotti chimici inorganici; composti di terre rare',
		en: 'Inorganic chemicals; rare-earth compounds'
	},
	'29': { it: 'Prodotti chimici organici', en: 'Organic chemicals' },
	'30': { it: 'Prodotti farmaceutici', en: 'Pharmaceutical products' },
	'31': { it: 'Concimi', en: 'Fertilisers' },
	'32': {
		it: 'Estratti per concia o per tinta; pitture e vernici',
		en: 'Tanning or dyeing extracts; paints and varnishes'
	},
	'33': {
		it: 'Oli essenziali; profumeria e cosmetici',
		en: 'Essential oils; perfumery, cosmetics'
	},
	'34': {
		it: 'Saponi, prodotti per lavare, lubrificanti, cere',
		en: 'Soap, washing preparations, lubricants, waxes'
	},
	'35': {
		it: 'Sostanze albuminoidi; colle; enzimi',
		en: 'Albuminoidal substances; glues; enzymes'
	},
	'36': {
		it: 'Esplosivi; fiammiferi; prodotti pirotecnici',
		en: 'Explosives; matches; pyrotechnics'
	},
	'37': {
		it: 'Prodotti per la fotografia o la cinematografia',
		en: 'Photographic or cinematographic goods'
	},
	'38': { it: 'Prodotti vari delle industrie chimiche', en: 'Miscellaneous chemical products' },
	'39': { it: 'Materie plastiche e loro lavori', en: 'Plastics and articles thereof' },
	'40': { it: 'Gomma e lavori di gomma', en: 'Rubber and articles thereof' },
	'41': { it: 'Pelli e cuoio', en: 'Raw hides and skins, leather' },
	'42': {
		it: 'Lavori di cuoio; articoli da viaggio, borse',
		en: 'Articles of leather; travel goods, handbags'
	},
	'43': { it: 'Pelli da pellicceria e pellicce artificiali', en: 'Furskins and artificial fur' },
	'44': {
		it: 'Legno e lavori di legno; carbone di legna',
		en: 'Wood and articles of wood; wood charcoal'
	},
	'45': { it: 'Sughero e lavori di sughero', en: 'Cork and articles of cork' },
	'46': { it: 'Lavori di intreccio, da panieraio', en: 'Manufactures of straw; basketware' },
	'47': { it: 'Paste di legno; carta da riciclare', en: 'Pulp of wood; recovered paper' },
	'48': { it: 'Carta e cartone; lavori di carta', en: 'Paper and paperboard; articles thereof' },
	'49': { it: "Prodotti dell'editoria e della stampa", en: 'Printed books, newspapers, pictures' },
	'50': { it: 'Seta', en: 'Silk' },
	'51': { it: 'Lana, peli fini o grossolani', en: 'Wool, fine or coarse animal hair' },
	'52': { it: 'Cotone', en: 'Cotton' },
	'53': {
		it: 'Altre fibre tessili vegetali; filati di carta',
		en: 'Other vegetable textile fibres; paper yarn'
	},
	'54': { it: 'Filamenti sintetici o artificiali', en: 'Man-made filaments' },
	'55': { it: 'Fibre sintetiche o artificiali in fiocco', en: 'Man-made staple fibres' },
	'56': {
		it: 'Ovatte, feltri e stoffe non tessute; spago, corde',
		en: 'Wadding, felt, nonwovens; twine, cordage'
	},
	'57': {
		it: 'Tappeti e altri rivestimenti del suolo',
		en: 'Carpets and other textile floor coverings'
	},
	'58': {
		it: 'Tessuti speciali; pizzi; arazzi; ricami',
		en: 'Special woven fabrics; lace; tapestries; embroidery'
	},
	'59': {
		it: 'Tessuti impregnati, spalmati o stratificati',
		en: 'Impregnated, coated or laminated textiles'
	},
	'60': { it: 'Stoffe a maglia', en: 'Knitted or crocheted fabrics' },
	'61': {
		it: 'Indumenti e accessori di abbigliamento, a maglia',
		en: 'Apparel, knitted or crocheted'
	},
	'62': {
		it: 'Indumenti e accessori di abbigliamento, non a maglia',
		en: 'Apparel, not knitted or crocheted'
	},
	'63': {
		it: 'Altri manufatti tessili confezionati; stracci',
		en: 'Other made-up textile articles; rags'
	},
	'64': { it: 'Calzature', en: 'Footwear' },
	'65': { it: 'Cappelli e copricapo', en: 'Headgear' },
	'66': { it: 'Ombrelli, bastoni, fruste', en: 'Umbrellas, walking sticks, whips' },
	'67': {
		it: 'Piume lavorate; fiori artificiali; lavori di capelli',
		en: 'Prepared feathers; artificial flowers; articles of human hair'
	},
	'68': {
		it: 'Lavori di pietre, gesso, cemento, amianto, mica',
		en: 'Articles of stone, plaster, cement, asbestos, mica'
	},
	'69': { it: 'Prodotti ceramici', en: 'Ceramic products' },
	'70': { it: 'Vetro e lavori di vetro', en: 'Glass and glassware' },
	'71': {
		it: 'Perle, pietre e metalli preziosi; gioielleria; monete',
		en: 'Pearls, precious stones and metals; jewellery; coin'
	},
	'72': { it: 'Ghisa, ferro e acciaio', en: 'Iron and steel' },
	'73': { it: 'Lavori di ghisa, ferro o acciaio', en: 'Articles of iron or steel' },
	'74': { it: 'Rame e lavori di rame', en: 'Copper and articles thereof' },
	'75': { it: 'Nichel e lavori di nichel', en: 'Nickel and articles thereof' },
	'76': { it: 'Alluminio e lavori di alluminio', en: 'Aluminium and articles thereof' },
	'77': { it: '(Riservato)', en: '(Reserved)' },
	'78': { it: 'Piombo e lavori di piombo', en: 'Lead and articles thereof' },
	'79': { it: 'Zinco e lavori di zinco', en: 'Zinc and articles thereof' },
	'80': { it: 'Stagno e lavori di stagno', en: 'Tin and articles thereof' },
	'81': { it: 'Altri metalli comuni; cermet', en: 'Other base metals; cermets' },
	'82': { it: 'Utensili e coltelleria di metalli comuni', en: 'Tools, cutlery of base metal' },
	'83': { it: 'Lavori diversi di metalli comuni', en: 'Miscellaneous articles of base metal' },
	'84': { it: 'Reattori nucleari, caldaie, macchine', en: 'Machinery, boilers, nuclear reactors' },
	'85': { it: 'Macchine e apparecchi elettrici', en: 'Electrical machinery and equipment' },
	'86': { it: 'Veicoli e materiale ferroviario', en: 'Railway locomotives and rolling stock' },
	'87': {
		it: 'Autoveicoli, trattori e altri veicoli terrestri',
		en: 'Vehicles other than railway'
	},
	'88': { it: 'Aeromobili, veicoli spaziali', en: 'Aircraft, spacecraft' },
	'89': { it: 'Navi e imbarcazioni', en: 'Ships, boats' },
	'90': {
		it: 'Strumenti di ottica, di misura, medico-chirurgici',
		en: 'Optical, measuring and medical instruments'
	},
	'91': { it: 'Orologeria', en: 'Clocks and watches' },
	'92': { it: 'Strumenti musicali', en: 'Musical instruments' },
	'93': { it: 'Armi e munizioni', en: 'Arms and ammunition' },
	'94': {
		it: 'Mobili; materassi; apparecchi per illuminazione; prefabbricati',
		en: 'Furniture; bedding; lamps; prefabricated buildings'
	},
	'95': { it: 'Giocattoli, giochi, articoli sportivi', en: 'Toys, games and sports equipment' },
	'96': { it: 'Lavori diversi', en: 'Miscellaneous manufactured articles' },
	'97': {
		it: "Oggetti d'arte, da collezione o di antichità",
		en: "Works of art, collectors' pieces, antiques"
	},
	'99': { it: 'Merci non specificate', en: 'Commodities not specified' }
};

/**
 * The section numeral of a chapter (`27` → `V`); headings and subheadings use their first two
 * digits (`2709` → `V`). Null for anything else, including chapter 99.
 *
 * @example chapterSection('84') // 'XVI'
 * @example chapterSection('7') // null: chapters have two digits
 */
export function chapterSection(code: string): string | null {
	if (!/^\d{2}(?:\d{2}){0,3}$/.test(code)) return null;
	const chapter = code.slice(0, 2);
	const section = HS_SECTIONS.find((s) => chapter >= s.from && chapter <= s.to);
	return section?.numeral ?? null;
}

/** The section with this numeral, or undefined. */
export function hsSection(numeral: string): HsSection | undefined {
	return HS_SECTIONS.find((s) => s.numeral === numeral);
}

/**
 * The chapter codes of a section, in order (for the sections → chapters drill-down).
 *
 * @example sectionChapters('V') // ['25', '26', '27']
 */
export function sectionChapters(numeral: string): string[] {
	const section = hsSection(numeral);
	if (!section) return [];
	const out: string[] = [];
	for (let c = Number(section.from); c <= Number(section.to); c++)
		out.push(String(c).padStart(2, '0'));
	return out;
}
