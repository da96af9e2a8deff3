"""Name lexicon, generated once by the script in LICENSES.md; do not edit by hand.

STRONG: given names and surnames that are not English words, so a capitalised one is a name.
WEAK: names that are also English words ("Will", "Grace", "Rice"), names only with a cue.
Sources: faker 40.54.0 person lists, all locales (MIT); names 0.3.0 US Census 1990 lists
(MIT; the Census data is public domain), the 15,000 most frequent surnames; own_names.py.
Counts: STRONG 53157, WEAK 2592.
"""

from typing import Final

STRONG: Final = """
aaaqil aaban aabid aachal aada aadam aaden aadhya aadi aadil aafiya aage aagot aahana aahil
aalam aalee aalim aaliyah aalto aaltonen aalts aamil aamir aamirah aanei aanuoluwapo aapo aaqil
aarav aarden aarif aarini aariz aarna aarnav aarne aaro aaron aaronivna aaronovich aarts aarush
aaryan aas aasa aasen aashi aashif aashir aasif aasim aasmae aatif aatiq aatos aaus aavik aayan
aayush aazim aba abaan ababei abad abada abagail abarca abascal abatantuono abayomi abb abba
abbad abbadh abbagnale abbas abbasi abbasli abbasov abbasova abbassi abbaszade abbate abbes abbi
abbie abbigail abbos abbosov abbott abby abdalla abdallah abdelaal abdelatif abdelaziz
abdelkader abdellah abdellaoui abdelli abdelrahman abderaouf abderrahmane abdi abdiaziz abdiel
abdifatah abdihakim abdikadir abdille abdinoor abdirahman abdis abdo abdon abdou abdoulaye abdow
abdu abduaziz abduazizov abduboriy abduboriyov abdul abdulahat abdulaziz abdulbekir abdulcemal
abdulgazi abdulhadi abdulhamid abdulhamidov abdulkadir abdulkerim abdulla abdullah abdullahi
abdullaoglu abdullayeva abdullazade abdulloh abdullohov abdulmenaf abdulrahman abdulsamed
abdulsemet abdumalik abdumalikov abdurahmon abdurahmonov abdurrahman abdurresit abe abebe
abebech abebi abednego abeer abeiku abel abela abelardo abele abell abella abellan abelone abels
abena abeni abercrombie aberg aberhart abernathy abernethy abeyta abha abhimanyu abhiram
abhishek abicic abid abie abigael abigail abigaili abigale abigayle abilio abimbola abina
abiodun abiola abiona abiye abjorn ablen ables abner abney abola abolina abolins abols aboraa
abosede abou abouda aboukir abrafi abragamovska abragamovskiy abraham abrahamova abrahams
abrahamsen abrahamson abrahamsson abram abramchuk abramczuk abramenko abramov abramova abramovic
abramovich abrams abramson abrassart abrego abreu abril abron abror abrorov absher abshire
abston abubakar abubakr abubakrov abuga aburto abuzar abwao abyasa acar acarkan accardo acedo
acerbi acero acevedo aceves acey achaorainn acharya achberger achbergerova acheampong acheson
achiel achieng achille achim achison achleitner achola achour achouri achsah achtelik acie
acikel acilay acker ackerl ackerman ackermann ackerson ackley acklin aclan acord acosta acree
acton acuff acuna acy ada adadia adaeze adah adair adak adal adalberg adalbergur adalbert
adalberto adalbjorg adalbjorn adalbjort adalborg adalborgar adaldal adaldis adalfridur adalgeir
adalheidur adaline adalmundur adalradur adalros adalsteina adalsteinn adalsteinunn adalveig
adalyn adalynn adam adamaris adamaszek adamchuk adamczyk adame adamec adamecova adamenko adames
adamina adamiuk adamivna adamo adamova adamovich adamow adams adamski adamson adamu adan adaora
adasal adasme adatu adcock adda addi addie addington addis addison addisyn addo addy addyson ade
adean adebayo adebisi adebiyi adebowale adebukola adedayo adedeji adegbite adegoke adekitan
adekola adekunle adel adela adelaar adelaida adelaide adelakun adelard adelardo adelasia
adelbert adele adeleke adelgunde adelheid adelia adelin adelina adelinde adeline adell adella
adelle adelman adelmo adelson adelusi adelyn adelynn adem ademiluyi aden adena adenike adeniyi
adeola adeolu adeoti adepeju ader aderibigbe aderogba aderopo adesewa adeshina adesiyan adesoji
adesua adetayo adetoke adetokunbo adetoun adewale adeyemi adeyemo adeyi adhaimh adhastair
adhiambo adhiarja adhikari adhra adi adia adiarja adiel adiela adigun adika adikara adil adila
adile adilene adimu adin adina adinata adinolfi adis adisa adison aditya adkins adkinson adkison
adkisson adlai adlan adler adline admir adnan adolf adolfine adolfo adolfs adolfsson adolph
adolphe adolphus adoma adomah adomako adomas adongo adonis adora adoracion adorno adow adra
adrain adria adriaan adriaansen adriaensdr adriaense adriaensen adriaenssens adrian adriana
adriane adriania adrianna adrianne adriano adrianovich adriansyah adriel adrien adriene adrienn
adrienne adrija adrijana adriyan adron adrovic adryaens adu adunni adusei adutwum adutwumwaa
advaith advay advik advika adviye adweta adwoa adwubi adya adyson adzijevic aebi aeby aedan
aedin aedo aegileif aegir aeije aela aelftrud aengus aenne aerozol aerts aertsz aesa aesgerdur
aesir aevar aevarr afanasev afanaseva afanasevich afanasevna afanasiy afanasjev afaq afer
aferdita afet affie afia afife afil afinogen afiq afirifa afoakwa afolabi afolarin afolayan
afonja afonso afra afrakomaa africa afridi afrim afruza afruzova aftin afton afua aga agafon
agafonov agafonova agafya agahadi agakisi agamali agamusa agan agaoglu agap agapi agapito agapiy
agarwal agasefa agastya agata agatha agathe agatopod agaxan agayeva agazzi agbegim agca agda
agee aggarwal aggey aggie aggrey aghas agim agla aglaia aglay aglaya agloida agmur agnar agne
agnea agnen agnes agnesa agnese agnesh agneshka agnesi agness agneta agnete agnew agni agnieszka
agnolo agnos agnus agop agostina agostinelli agostini agostino agosto agovic agrawal agren
agripina agris agron agtsi aguado aguayo agudelo agudo agueda aguero aguiar aguila aguilar
aguilera aguilo aguirre agullo agurto agus agust agusta agusti agustin agustina agustus
agyapomaa agyapong agyare agyei agyeiwaa agyeman agyemang ahat ahearn ahearne ahern aherne
ahlberg ahlers ahlgren ahlin ahlqvist ahlstrom ahluwalia ahmad ahmadi ahmadov ahmed ahmet ahn
ahner aho ahokas ahola ahonen ahortor ahrens ahsen ahter ahti ahuja ahumada aicha aichholzer
aichinger aida aidan aideen aiden aidicin aidyn aiello aiga aigars aigner aija aijuka aiken
aikens aiko aila ailbhe aileen ailene aili ailin ailis ailish ailpin aimable aime aimee aimo
aina ainara ainars aindriais aindriu aine ainmneach aino ainoa ainsboro ainsley ainsworth
airaksinen airchinnigh airi airligh airmeas airt aisha aishani aishling aishwarya aisling
aislinn aissani aissaoui aistis aisyah aitana aitigin aitken aitor aivar aivaras aivars aiyana
aiyanna aja ajala ajan ajani ajao ajayi ajda ajello ajeng ajewole ajiman ajimat ajimin ajiono
ajla ajna ajoke akalan akanmu akar akarsana akashiya akatay akay akbar akbarov akbas akboga akca
akcabay akcasu akcay akcivan akdeniz akdora akdurmus ake akeelah akeem akelis akello akemi aker
akerlund akerman akers akesson akgol akgunduz akgunes akhil akhtar akhter aki akif akife akiko
akilah akim akimenko akinal akinkunmi akinlabi akinrinola akins akinwale akinyi akira akise
akkerman akmacic akmal akmalov akmaner akmaral akoaa akobir akobirov akos akosua akoth akoto
akowua akoz akram akridge aksakusti aksay aksel akseli aksenov aksenova aksenovich aksentiya
akshay aksidan aksintiya aksogut aksoy aksu aktemur akter akua akulenko akulina akumaa akumu
akver akwasi akwesi akyaa akyeampomaa akyeampong akyena akyildiz ala alaaddin alabama alabezek
alabi alade aladin aladino alaeddin alain alaina alaine alam alambana alameda alamiro alamo
alamu alan alana alanalp alane alanen alani alanis alaniya alaniz alanko alanna alannah alanta
alanzo alara alarcon alastair alastroim alatalo alatorre alattin alaya alayna alaz alba alban
albanese albano albarado albarran albaugh albee albeiro alber alberdi alberico albero alberola
albers albert alberta alberte albertha albertina albertine albertini albertivna alberto
albertovich albertovna alberts albertson albertus albin albina albion albiyana alboni albornoz
albrecht albright albritton albro albu albulena albuquerque alby alcala alcalde alcan alcantar
alcantara alcaraz alcazar alcee alcide alcides alcie alcira alcolea alcorn alda aldair aldan
aldana aldar alday aldemar alden alderano alderete alderson aldin aldis aldny aldo aldobrandi
aldona aldonza aldrich aldridge alea aleah alease alec alecia aleck aleen aleena aleg alegre
alegria aleida aleisha aleix alejandra alejandrina alejandro alejo alek aleks aleksa aleksandar
aleksander aleksandr aleksandra aleksandras aleksandrenko aleksandrina aleksandrov aleksandrova
aleksandrovich aleksandrovna aleksandrs aleksandrzak aleksanteri alekseev alekseeva alekseevich
alekseevna aleksei aleksej aleksey alekseyenko aleksi aleksia aleksiejuk aleksiychuk aleksovska
aleksovski aleksyuk alekzandriyan aleman alemannie alemany alemdar alemsah alemu alen alena
alenburg alene alenka aleodor alesha aleshia aleshire alesia alessandra alessandro alessi
alessia alessio aleta aletha alethea alethia aletta alevandr alevtin alevtina alevtinivna
alevtinovich alex alexa alexandar alexande alexander alexandersson alexandr alexandra alexandre
alexandrea alexandria alexandrie alexandrina alexandro alexandros alexandru alexe alexei alexej
alexey alexi alexia alexina alexis alexius alexus alexys alexzander alf alfa alfano alfar alfaro
alfdis alferd alfey alfgeir alfgerdur alfgrimur alfheidur alfhildur alfie alfieri alfifa alfio
alfons alfonse alfonsi alfonsina alfonso alfonz alfonzo alford alfred alfreda alfredia alfredo
alfreds alfredsson alfros alfrun alfsol alfthor alfur alger algernon algie algirdas algis algot
ali alia aliabbas aliaga aliana alica alice alicea alicia alicja alida aliff alighieri aliihsan
alijah alika alin alina alinur alinurov alio alioune alirio aliro alis alisa alise aliseydi
alisha alishia alisia alisik alisiya alison alissa alisson alistair alistar alister alita alivia
alix aliya aliyah aliye aliyev aliyeva aliyu aliza alize alizee alja aljaz aljosa alka alkire
alkor alkovic alksne alksnis alla allahverdi allain allaire allal allali allan allana allard
allas allbritton alldredge allean allee alleen allegra alleman allemanie allen allena allende
allender allendes allene aller allerby alleyne allgood alli allie allik alline allis allison
allisson allman allmhurain allmon alloway allred allsop allums allyn allyson allyssa alm alma
almagia almagro almaguer almansa almanza almanzar almar almaraz almasi almast almaz almazan
almeda almedia almeida almendarez almendra almer almeta almgren almina almir almira almodovar
almon almonacid almonte almqvist almudena almus almut almuth almyra aloba alois aloisia aloisio
alojz alojzia alojzij alojzija aloma alona alondra alonso alonza alonzi alonzo aloo aloys aloyse
aloysius alpaidis alparslan alpcan alpert alpheus alphonce alphons alphonse alphonsine alphonso
alphonsus alpin alpsu alrekur alrun alsina alsop alsoy alston alsup alta altagracia altamirano
altaya altenwerth altera altha althea althoff altie altieri altin altinbike altincicek altinisin
altinkaya altizer altman altmann altogan altom alton altug aluoch alva alvah alvan alvar
alvarado alvardo alvarenga alvares alvarez alvaro alve alvear alveiro alvena alver alvera
alverda alverez alverson alverta alves alvey alvia alvie alvilda alvin alvina alvine alvira
alvis alvord alvy alwilda alwin alwina alwine aly alya alyce alycia alys alysa alyse alysha
alysia alyson alyssa alyssia alyvia alzate alzbeta alzina alzinova ama amac amada amadea amadeo
amadeus amado amador amahle amaia amaira amaka amal amaldi amalia amalie amalija amaliya
amalrada aman amancio amanda amandine amando amani amann amanovic amanowicz amar amara amarachi
amaral amare amari amarilis amarion amaris amaro amaru amasa amat amato amaury amaya ambani
ambar amberly ambers ambler ambr ambrasas ambre ambriz ambrose ambrosio ambroz ambrozewicz
ambrozic ambrozik amburgey amedee amedeo amedeu amee amel amela amelia amelie amelija america
americo amerigo amerson ames ameur amey amezcua amezquita amhalghaidh amhlaigh amhlaoigh
amhlaoimh ami amiah amick amico amidon amidzic amie amiee amil amilcar amilia amin amina aminata
aminatu amine aminova aminu amira amirah amirayeva amirov amit amiya amiyah amleto amma ammaniti
ammann ammari ammerman ammie ammon ammons amo amoa amoah amoako amoakowaa amoanimaa amoasi amoit
amoke amol amon amondi amope amor amore amores amorim amoriya amoros amoroso amos ampadu amparo
ampofo ampofowaa ampoma amponsa amponsah ampuero amra amrane amrani amre amrein amri amrita
amrouche amruta amstel amundi amundsen amundson amvrosiy amvrosiyovich amvrosiyovna amy amya
amza ana anabadha anabel anabela anabella anabelle anacleto anaelle anahera anahi anahis anaida
anais analia analisa anamaria anamariya anamika anand ananias ananiy ananya anar anargul
anarqizi anaru anas anasa anastacia anastacio anastasi anastasia anastasie anastasio anastasios
anastasiya anastatia anastazie anastazja anatol anatole anatolevich anatolevna anatoli anatolie
anatolij anatoliy anatoliya anatoly anay anaya anbu anca ancel ancheta anchondo anciaux ancil
ancizar ancuta anda andela andera anderberg anderl anders andersen anderson andersson anderton
andes andic andika andile andino andjela andjelina andon andonov andonovska andonovski andor
andorful andra andrada andrade andrae andras andrasek andrasik andrasikova andrasova andre
andrea andrearczyk andreas andreasen andreasik andreassen andreasson andree andreea andreev
andreeva andreevich andreevna andrei andreia andrej andreja andrejczuk andrejka andrejs andren
andrena andreotti andreozzi andres andresen andress andreu andrew andrews andrey andreyko andri
andria andrian andriana andriani andries andrija andrijasevic andrijevic andrin andrina andris
andrius andriy andriychuk andriyenko andriyevich andriyishin andriyishina andriyivna andriyovich
andron andronik androshchuk andrukiewicz andrus andrusenko andruszko andrys andryszczyk andrzej
andrzejewski andrzejuk andujar andwele andy andziak ane anej anekvorakul anel anele anelina
anemona anes aneta anete anett anetta anette anezka anfernee anfinn angalia angantyr angarita
angavu ange angela angele angelena angeles angeli angelia angelica angelika angelina angeline
angelino angelique angelita angelka angell angella angelo angelyn angerer anggabaya anggraini
anggriawan anghel anghelina angi angie angila angiolello angla anglada anglea anglin anguiano
anguillara anguissola anguita angulo angus angwenyi anh anibal anica anice anicet anichini
anicic anie aniela anika anikey anikita aniko anima animira anina aniola anirudh anis anisa
anisayeva anisha anisim anisimov anisimova anisimovich anisoara anissa anissimov anisur anita
anitra anitsa aniya aniyah anja anjali anjana anjanette anjelica anjolaoluwa anjos anka anke
ankheya ankica ankiewicz ankney ankra ankunding anmol ann anna annabel annabell annabella
annabelle annah annak annalee annalena annaliese annalisa annalise annamae annamaria annamarie
annan annar annarr annas annastacia anne annedore annegret annegrete annekatrin anneke annel
anneleen annelene anneli annelie annelies anneliese annelise annelle annelore annemarie
annemette annemie annemijn anner annerose annes annet annett annetta annette anney anni annia
annibale annica annice annick annie anniina annija annika annikki annina annis annita annmarie
annraoi annsboro annukka annunziata annus anny anokye anom anomaliya anona anoni anouk anraoi
anri ansa ansah ansaldo ansari ansboro ansel ansell anselm anselma anselmo ansems ansgar ansh
ansis ansley ansomaa ansomah anson ansora ansorova anssi antal antalova antanas antelami antero
anthoney anthony antikainen antim antione antionette antip antipovich antje anto antoalina
antoaneta antoin antoine antoinette antolkovic anton antonacci antonczak antone antonela
antonella antonelli antonello antonetta antonette antonetti antoni antonia antonic antonie
antonieta antonietta antonija antonin antonina antonini antonino antonio antonioni antonios
antoniu antonius antonivna antoniy antonov antonova antonovich antonovna antons antonsen
antonsson antonucci antony antoon antoszczyk antra antti anttila anttonen antun antunes antunez
antwain antwan antwi antwiwaa antwon anu anufrievich anunciacion anusaigh anusha anuta anvar
anvarov anvi anwar anya anyango anyanwu anyelo anyi anyona anza anzalone anze anzhela anzhelika
aodha aodhain aodhan aodhchain aodhchaoin aodhgain aogain aoibheann aoibhin aoibhinn aoidh aoife
aoki aoko aonghais aonghuis aonghusa aongus apablaza apanowicz aparecida aparicio apaydin apel
apine apinis apisara apiyo apodaca apolena apolinar apolinariya apollinariy apolline apollo
apollon apollonia apolonia apondi aponte aporti apostel apostolos apostolov apostolova appel
appelman apperson appia appiah appleby applegate appleton applewhite applin appling april apryl
apsite apsitis apte aqil aquilar aquiles aquino ara arab arabella araceli aracelis aracely
aracena aradhana aragao aragon aragones arah araiza aral araliya arambula aramburu araminta aran
arana arancibia aranda araneda arango aranguiz aranka aranzazu aras araszkiewicz araujo aravena
araya arazli arba arben arbey arbie arbjartur arbjorg arbjorn arbjort arbnor arbogast arboleda
arbuckle arcan arce arcelia arceneaux arceo archambault archey archibald archie archuleta
arciniega arco arcos arcuri ard arda ardath ardelean ardelia ardell ardella ardelle arden ardeth
ardian ardianto ardila ardis ardit ardita ardith ardoin ardyce arefiy areli arelia arelius
arellano arely arend arendarczyk arends arendt arens arent aretha arevalo arey arezki argan
argeir argelia argemiro argentero argenti argentina argento argie argils argo argono argu
arguelles arguello argueta argurio arham ari ariadna arian ariana ariane arianna arianne ariasso
aribert aribi aric arica arie ariel ariela ariele ariella arielle ariens arietta arif arifcan
arifcanov arife arija arijus arike ariki arikol arild arilius arin arina arinbjorg arinbjorn
arino arinola ariosto aripinar aris arisa arisara arisoy arispe aristarkh aristide aristides
aristita arius ariza arizona arja arjona arjun arkadevna arkadiusz arkadiy arkadiya arkadiyivna
arkadiyovich arkel arkhimovich arkhip arkhipenko arkhipov arkhipova arkhipovich arkhipovna arkie
arkut arla arlan arland arlaug arlean arledge arleen arlen arlena arlene arlet arleth arletha
arletta arlette arley arlie arlin arlind arlinda arline arlington arlis arlo arly arlyn arlyne
armahan arman armand armanda armandas armande armandina armando armands armani armann armas
armata armatys armbruster armelle armellini armend armendariz armengol armenia armenta
armentrout armer armes armey armida armijo armin arminas arminda arminta armistead armitage
armond armour armstead armstrong arna arnaiz arnal arnald arnaldo arnaldur arnar arnas arnau
arnaud arnaude arnav arnberg arnbergur arnbjorg arnbjorn arnborg arnd arndis arndor arndt arne
arnes arnesen arneson arnett arnetta arnette arney arnfinna arnfinnur arnfjord arnfreyr
arnfridur arnfried arngeir arngerdur arngils arngrimur arngunnur arnheidur arnhildur arni arnie
arnika arnim arnina arnis arnita arnkatla arnkell arnlaug arnlaugur arnleif arnleifur arnlin
arnljot arnljotur arnmodur arnmundur arno arnoddur arnold arnoldas arnoldo arnolds arnone arnor
arnora arnost arnott arnould arnros arnrun arnsberg arnsteinn arnthor arnthora arnthrudur arnulf
arnulfo arnulfur arnvidur arny aro aroa aroca arocho aroha aron aronas aronets aronson aronsson
arora aros arp arpad arpag arra arran arranz arredondo arregui arreola arriaga arriagada arribas
arrie arrieta arrington arriola arro arron arrowood arruda arsael arsaell arsen arsena arsenault
arsenevich arsenich arsenie arsenio arsenivna arseniy arsenovich arsim arsipatra arslan arsol
arsovska arsovski arsoy arta artain artan artanto artawan arteaga artelia artem artemenko
artemev artemeva artemevich artemio artemisa artemivna artemiy artemovich artemovna arter
arterburn arther arthor arthora arthur arthurs artie artigas artim artimishin artimishina
artimovich artis artman artner arto artrip arttu artturi artuir artur arturas arturo arturovich
arturs artyukh artyushenko artz aru arula arumugam arun arunas arunima arusi arveig arvel arvid
arvids arvidsson arvil arvilla arvin arvizu arvo arvok arvydas arwood arya aryan aryana aryani
aryanna arziye arzola arzu arzulu asa asad asadov asael asafe asake asalet asali asamoa asamoah
asani asante asantewaa asanti asare asatira asaula asay asberg asbergur asberry asbjorg asbjorn
asborg asbury ascencio aschauer aschman asdis asdrubal ase asef aselina asencio asenjo asensio
asenso asfridur asgautur asgeir asger asgerdur asgils asgrimur asha ashan ashanti ashbaugh
ashburn ashby ashcraft ashcroft ashe ashely asher ashford ashildur ashlea ashlee ashleigh
ashlene ashley ashli ashlie ashling ashlock ashly ashlyn ashlynn ashman ashmore ashton ashtyn
ashworth asi asia asiama asiedu asieduwaa asif asifa asikainen asila asilayeva asilbek asilbekov
asile asim asiman asir asiri asirwada asirwanda askatla askell askins askja asko askold
askoldovna askur asla aslakur aslan aslanhan aslanova aslaug aslaugur asleif asley aslijan
asliye aslund asma asmadi asman asmanova asmar asmianto asmini asmira asmiraeva asmundo asmundur
asmuni asny asolfur ason aspar asplund asprucci asrodur asros asrun assa assar assche assefa
asselin assem assia assumpta assuncao assunta ast asta astbjorg astbjorn astbjort astdis asten
astete astfridur astgeir astgerdur astheidur asthildur asthor astmar astmundur aston astorga
astou astradur astrid astridur astrikur astrit astrom astromeriya astros astrun astthor astthora
astthrudur astudillo astuti astvald astvaldur astvar astveig astvin asu asuka asuncion asvaldur
asvardur asvor aswani ata ataa ataahua atabala atagun atakisioglu atalay atalia atamanchuk
atamanyuk atamoglan atanas atanasov atanasova atanur atasagun atatore atchison atchley atena
atencio atenulf atfat atgun atha athanasios atharv atheel athena atherton athey athman athuman
athumani ati atiena atieno atienza atila atilgan atilhan atilio atina atinuke atit atiyye atkin
atkins atkinson atla atlanta atli atma atmaja atnan atroshchenko atsushi attaf attaway atte
atterberry attia atticus attie attila attilio attracta atwal atwater atwell atwood atzler aube
aubert aubin aubra aubree aubrey aubrie aubry aubuchon auch auclair aucoin aud audbergur audbert
audbjorg audbjorn audbjort auddis aude audet audette audgeir audie audkell audley audlin
audmundur audna audny audolfur audra audrea audrey audria audriana audrianna audrie audrina
audrius audrun audry audun audunn audur audy auer auerbach aufderhar augusta augustas auguste
augustin augustina augustine augusto augusts augustsson augustus augustynek auinger aukusti auld
aulenti aulikki aulis ault aultman auma auman aumann aun aundrea aune aung aunina aunins
aunyaporn aurand auraq aurea aureja aurel aurelia aurelian aureliana aureliano aurelie aurelien
aurelija aurelio aurica aurilla aurimas aurora aurore aurthur aus ausma ausra ausrine aust
austan austar austdal austen austermuhle austfjord austin austine austmann austmar auston austra
austri austria austyn auten authement auther authur autio autrey autry auvinen auwera auzina
auzins ava avah avallone avalos avant avdeev avdeeva avdeevich avdey avdyeyenko avel avelar
avelina avelino avendano avent avera averchenko averett averi averie averil averill averkiy
averno avery averyan averyanovich avgiya avgust avgustian avgustin avgustinivna avgustinovich
avgustovich avi avie avigeya avila aviles avina avis avitia avksentiy avni avo avogadro avoirt
avon avotina avotins avram avramchuk avramenko avreli avreliy avreliyovich avreliyovna avril
avror avsin avtonom avtorka avunc awa awad awadh awadil awamil awamiri awan awani awero awesi
awhina awilda awinja awino awj awlya awmar awodiran awolowo awrad awuah awuor axel axelia axelle
axelma axelsson axenia axinte axtell axundlu axundov axundova axundzade aya ayaan ayad ayadi
ayako ayala ayamin ayan ayana ayanda ayandokun ayanna ayasun ayaydin aybar aybeniz aybet aybora
aycagul aycan aycicek aycock aydan aydar aydemir ayden aydin aydinbey aydinc ayduru ayelen ayer
ayers ayesha aygonenc aygul aygun aygutalp ayhan ayieko ayinde ayinke ayize aykut aykutalp ayla
ayleen aylil aylin aylinova aylla ayllon aylward ayman aymen aymeric aynilhayat aynimah aynur
aynure ayodeji ayodele ayoka ayon ayoola ayotte ayoub aypar ayren ayres aysan aysar ayse ayseana
aysel aysema aysenur aysevim aysoy aysu aysuna aytek aytekin ayten aytoz aytuna ayu ayub ayubov
ayulker ayuma ayush ayushman ayuso ayvas ayyaruk ayyubi azaan azad azade azahar azahara azalee
azaliya azar azaria azariah azarivna azariy azarovich azban azcona azeeb azeglio azeneth azer
azettin azevedo azhazha aziz aziza azize azizi azizov azizova aznar azocar azorin azra azucena
azul azuolas azzie azzouz baaba baafi baah baahir baaizeed baalen baaqee baaqir baaree baashir
baasim baasit baawia baba babak babanli babar babara babarichenko babasola babati babato
babatunde babatunji babawale babayeva babb babbitt babbo babcock babenko baber babett babette
babey babic babich babichenko babij babin babineaux babiuch babiy babiychuk babjak babjakova
babka babko babol babtunde babu babyboy baca bacaeir bacaer bacak baccio baccus bach bacha
bachand bachanek bacher bachinger bachittar bachler bachman bachmann bacia bacic bacik backes
backlund backman backstrom backus bacosi baczkiewicz badal badami badan badawi badegul badel
baden bader badgett badia badilla badillo badoer badoglio badr badu bae baek baele baelen baena
baer baere baering baeringur baeron baert baeten baetens baets baeyens baez baeza bagas bagby
bagdas bagdat baggett baggio baghdadi baghyawati bagirov bagirova bagiya bagley baglioni bagra
bagus bagwell bagya baha bahaa bahaddin bahadir bahadurjit bahamonde bahamondes bahari baharia
baharli bahati bahe bahena bahittin bahiy bahl bahloul bahna bahno bahnova bahon bahr bahri
bahringer bahtinur bahuraksa bahuwarna bahuwirya bai baiba baidh baier bailee bailes bailey
bailie bailis baillargeon bailly baily bain bainbridge baines bains bair bairbel bairbre baird
bairead bairon baisceir baisden baity bajaj bajak bajamonti bajan bajardi bajc bajko bajragin
bajram bajwa bak baka bakalarczyk bakare bakari bakda bakhouche bakhshi bakhti baki bakiadi
bakianto bakidin bakiera bakiewicz bakijan bakiman bakiono bakixanov bakkdal bakke bakken bakker
bakkmann baklan bakos baksa bakshi bakti baktiadi baktianto baktiono bakumenko bakun bal bala
balaban balaguer balakhurov balakrishnan balamantri balan balangga balapati balas
balasubramanian balatekin balatinac balawender balaxanim balay balaz balazova balazs balazy
balbi balbo balca balcewicz balch balcom baldassare baldauf balderas balderrama baldey baldick
baldomero baldridge baldrun balduino baldur baldvin baldvina baldwin baldys baleegh balendra
balentine balfour balhaar bali balic balidin balijan balik balina balincic balinda balint
balistreri baljak baljit baljiwan balkanska balke balla ballance ballard ballenger ballentine
ballester ballesteros ballew balli ballinger ballou balmat balmer balode balodis balog balogh
balogun balotelli balsamo baltas baltasar baltazar balthasar baltimore baltins baltz balvan
balveer balz balzer bama bambad bambang bambi bamidele bamiloye bana banach banachowicz banain
banak banara banas banasova banawa banawi bancar bancerz bancroft banda bandara bandello bandera
bandeville bandi bandile bandura bandurka bandyk banek banel banerjee baney banfield bangert
bangura banh banicevic banik banjeet bankhead banko bankston bann bannain bannon bano banos
banova banovac bansal banta banton bantwini banu banuelos banville bany banys banzer bao
baoigheallain baoighill baoill bappa baptista baptiste baqar baqir baquero bara barabara
barabash barac baracca barad barahona barajas barak baraka barakat baral baran baranets baranik
baranka barankiewicz barankova barannik baranov baranova baranowicz baranowski baranski barasa
baraza barba barbar barbara barbarigo barbe barbeau barbee barbel barbera barberini barbero
barbey barbic barbie barbier barbieri barbieux barbir barbora barbosa barbour barboza barbra
barbro barbu barcaccia barcella barcelo barcena barcenas barcia barclay barco barcus barcz
barczuk barden bardi bardin bardur bardwell barefield barej bareja barela barents barese baresi
baresic barfield bargas barger bargetze barham barhorst bari baria baric barica baricevic baril
barillaro barillon baris bariscan barisic barkha barkholz barkley barkovic barksdale barlett
barlog barlow barna barnaba barnabas barnard barner barnes barnett barnette barneville barnhart
barnhill barnie barnum barnwell baro baroffio baroid barok barokova barone barongo barozzi barr
barra barracco barragan barral barranco barraq barras barraza barre barreda barrena barrentine
barrera barreras barreto barrett barri barria barrick barrie barrientes barrientez barrientos
barriga barringer barrington barrnette barron barros barroso barry barsanti barsen barstow
barszczak bart barta barteczko bartee bartek bartel bartela bartell bartels bartelt barth
barthel barthelemy bartholomaus bartholomew bartkowicz bartl bartlett bartley bartling
bartlomiejczyk bartman barto bartocha bartoletti bartoli bartolome bartolomej bartolomeo
bartolomeu barton bartos bartosik bartosikova bartosova bartoszak bartoszczyk bartova bartovic
bartovicova bartsch bartus bartz barun barusic barwick bary barzini bas basa basaam basadonna
basaj basak basaldua basarab basay bascom bascunan baseer basel basem bashaar bashaarat basham
bashan bashar basharat bashaw basheer basheerah bashir bashirian bashkim bashpolchenko bashtan
basile basilia basilio basim basinger basir basista baska baskerville baskett baskin basko
baskova basler basnec basnet basnight baso basok basova basriye bassam bassett bassler bastek
baster bastiaan bastiaanse bastiaense bastian bastias bastida bastidas bastien bastin basu
baszak bataglia batal batalla batchelar batchelder batchelor bateman batey batie batig batirhan
batista batiste batliner batlle batog batool batra batrac batres batrnek batsislava batson batt
batta battaglia battelli battig battista battiste battisti batton batts baturay baturinets baty
batyuk batz bauch baucom baudelio bauder baudoin baudouin baudoux baudry bauduin bauer baugh
baugher baughman baugur baum bauman baumann baumbach baumer baumgardner baumgart baumgarten
baumgartner baur bausch baustert bautista bauwens bauza bava bavaud bave baver bawa bawol baxley
baxter baya bayard bayda baydak baydu bayeni bayer baykan baylee bayles bayless baylie baylis
baylor bayman bayne baynes bayo bayon bayona bayrak bayram bayramov bayron bayruhan baysinger
baytal bayzettin bazam bazan bazavluchenko baze bazela bazemore bazhen bazile bazilevich
bazilevska bazilevskiy bazin bazjak bazydlo bazylewicz bazyluk bazzi bea beachain beacham beadie
beadle beagain beaglaoich beahan beahm beaird beakey beal bealatun beale beall beals beaman
beamer beamon beane beannuille bearain bearden beardsley bearnain bearra beartlaigh beasley
beason beasty beata beataigh beate beaton beatrice beatrijs beatris beatrix beatriz beattie
beatty beaty beauchamp beauchemin beauden beaudette beaudin beaudoin beaudry beauford beaujean
beaulah beaulieu beaumont beaupre beauregard beauvais bebba bebe bebeshko bebic beccaria
beccheria becerra bech becho becht bechtel bechtelar bechtold becker beckers beckett beckford
beckham becki beckie beckius beckles beckley beckman beckmann beckner beckstead beckwith becky
becnel becraft becton beda bedard bedell bedford bedgood bedi bediriye bednar bednarczyk
bednarek bednarik bednarikova bednarova bednarowicz bednarski bednarz bedolla bedoya bedri
bedrich bedrinov bedwell beebe beecher beeck beeckman beeckmans beedle beek beekman beeler beem
beeman beene beernaert beernink beery beesley beeson beffa beffort begay begaye begga beggan
beggs begim begley begona begonja begue beguelin beguin begum behan behbud behiza behl behling
behlul behm behnke behr behram behrem behrendt behrens behruz behruzov beice beier beieren beigg
beijring beil beiler beinir beinteinn beireach beirgin beirn beirne beissel beitir bejarano
bejger bejm bejma bejnarowicz bek beka bekaert bekan bekbay bekbergen bekele beker bekim bekir
bektasi bekus bela belaid belaidi belair beland belanger belarbi belarmino belbachir belcher
belda belden bele belen beletic belew belezhkova belgizar belhadj belia belinda belisario
belisima belisle beliveau beljajev belk belkacem belkacemi belkadi belkheir belkhiri belkis
belkize belknap bella bellamy bellard bellemans beller belletini belli bellido bellinger bellini
bellino bellis bellisan belliveau bellman bello bellocchio bellucci belmans belmar belmont
belmonte belo belokonska belomira belosevic belote belousov belousova belov belova belozerov
belozerova belpere belser belton beltran beltz belva belyaev belyaeva belyakov belyakova belz
belza bembenek bembo bembry bemis ben bena benabdellah benadik benahmed benaicha benaissa benali
benally benamar benamara benameur benaouda benard benas benavent benavente benavides benavidez
benbow bence benchapatranon bencheikh bencic bencomo benda bendeguz benedek benedetti benedetto
benedict benedicte benedicto benedikt benedikta benedikte benediktovich benedita benefiel
benefield benek benelena benes benesova benet benevides benfield benford benge bengibay bengt
bengta bengtson bengtsson benham beni benia beniamin benic benice benicio benidikt benidikta
benigna benigni benigno benita benites benitez benito benjaman benjamen benjamim benjamin
benjamine benji benjiman benjman benmoussa benn benna benner bennet bennett bennette benney
bennie benning benninger bennington benno benny beno benoit benol benone benoni benony benova
benovse bensaid bensalah bensalem benslimane benson benta bente bentey benthe bentheim benthin
bentina bentley bento benton bentz benus benuska benuskova benusova benussi benvenuto benyahia
benyamina benyoucef benz benziane beolain beourgeois beppe bequette bera berakovic beran beranek
berankova beranova berard berardi berat beray berberat berchem berchtold berdie berdzik bereda
berek beren berend berends berendse berendt berengario berengere berenguer berenice berens
berent beres beresford berezat bergan bergant bergdahl bergdis berge bergen berger bergeron
bergeson bergey bergfinnur bergfridur berggren bergh berghe bergheidur berghildur berghmans
bergholt berghreinn bergin bergjon bergkvist bergland berglaug berglin berglind bergljot
berglund bergman bergmann bergmannia bergmar bergmundur bergnaum bergny bergoglio bergquist
bergqvist bergran bergrin bergros bergrun bergsteinn bergsten bergstrand bergstrom bergsveinn
bergthor bergthora bergur bergvall bergvin berhane berimir berin berislava berit beriya beriye
berk berkahn berkal berkane berkani berkel berkeley berkey berki berkley berkowitz berksay
berkum berlanga berlin berlusconi berman bermejo bermingham berminghim bermudez berna bernaards
bernabe bernad bernadett bernadette bernadine bernal bernard bernarda bernardi bernardic
bernardina bernardine bernardini bernardino bernardita bernardo bernardova bernasconi bernat
bernatek bernatowicz bernd berndt berneice berner bernetta bernetti berney bernfried bernhard
bernhardine bernhardt bernhardur berni bernice bernicia bernie berniece bernier berning bernini
bernita bernodia bernodus bernolak bernolakova bernstein bernt berntsen berntsson bernward bero
beroslav berra berran berre berrian berrier berrin berrios berrocal berryhill berryman bersani
berscheid bersi bert berta bertalan bertel bertels bertelsen bertemes bertha berthe berthelot
berthiaume bertho berthold bertie bertil bertilsson bertin bertina berto bertold bertoli
bertolucci berton bertoni bertosa bertram bertran bertrand bertsch bertulis berube berumen berus
bervoets berwick berzina berzins besancon besart besarta besaw besencon besey beshears beshte
besim besin besir besiroglu beska besnard besnik bespalov bespalova bess besse besser bessette
bessi bessie besson beste bester bestla betancourt betancur betania beth betha bethan bethanie
bethann bethany bethea bethel bethune bethzy betina betino betka betlej betschart betsey betsy
bett bettahar bette bettencourt bettendorff betti bettie bettin bettina bettis betton bettoni
betts betty bettyann bettye bettyjane bettylou betuel betz beuchat beula beulah beuret beurret
bev bevan bevc bever beveridge beverlee beverley beverly bevers bevilacqua bevins bevis bevz
bevzenko bewley bey beya beyda beyens beyer beyers beyhatun beyler beyonce beyzade bezak
bezakova bezanson bezborodko bezditko bezek bezemer bezic bezjak bgidenko bhagat bhailis bhain
bhaird bhaiteir bhakta bhal bhaldraithe bhalla bhandari bhanumati bhardwaj bhargava bhasin bhat
bhatia bhatnagar bhatt bhattacharya bhattacharyya bhattarai bhatti bhavani bhavika bhavini
bhavna bhavsar bhavya bheachain bheannuille bheatha bhebhe bhedleni bheithigh bhejelibomvu
bhekani bhekisisa bhekizizwe bhekokwakhe bhembe bhengu bhensela bhiadhtaigh bhial bhiocaire
bhloscaigh bhosc bhovungana bhreitheamhain bhreithimh bhriain bhride bhua bhui bhuiyan bhulbh
bhulf bhungane bia biachain biagi biagio biagiotti biaidh bialach bialasik bialczyk bialk bialka
bialous bianca bianchi bianchini bianco bianka biasta biataigh bibb bibbs bibek bibi bibiana
bibisora bibisorayeva bibuwa bicak bican bicanic bice bicek bicekova bichler bickel bickerstaff
bickford bickham bickley bicknell bicz bidas bidayet biddie biddle bidwell bie bieber biedermann
biegala bieke bieker biel bielas bielat bielecki bielen bielik bielikova bien bienia bieniak
bienvenida bieri bierman biernacik bierstraten biesaga biesek biesenbos biesty bieszke biezenbos
bigelow biggen biggers biggerstaff biggs bigham bigler bigley bignami bignardi bii bijelic
bijlsma bik bikash bikelwayo bikwayo bil bilaal bilal bilay bilbao bilbrey bildsfells bilek
bilekova bilena bilender biles bilewicz bilgen bilgin bilginur bilgutay bilha bilik bilir
biljana bilka bilkay bilkisu bilko bilkova biller billi billie billingsley billington billiot
billman billung billups billye bilodeau bilol bilolov bilski biltas bilyan bilyeu bimala bina
binaghi binay binbasar binda bineta binette binford bing bingaman bingham bingula binh binion
binisik binkley binko binner binns bino binta bintner bintz bionain biondi biorain biorainn bir
birben birchfield birdella birdsall birdsell birdsong birdwell birge birgen birger birgid birgir
birgit birgitt birgitta birgitte birgul birk birkeland birkholz birkic birkir birmingham birn
birna birnbaum birnir biro biron birousk birsan birsen birt birta birte birtha birthe birtic
birtie birtingur birtir birtna birtukan biruta biryukov biryukova birzniece birznieks bisaga
bisar bisbee bischof bischoff bise bisenti biser bisera biserka bish bishakha bishell bishnu
bissell bissett bisson bissonnette biswas bitner bitschnau bittinger bittle bittner bitul bivens
biver bivins biwer biwott bixby bixio bixler biyanka biyase biyela bizhan bizjak bizzell bjarg
bjargar bjargdis bjargey bjargheidur bjarghildur bjarglind bjargmundur bjargthor bjarkan bjarkar
bjarkey bjarki bjarklind bjarma bjarmar bjarmi bjarnar bjarndal bjarndis bjarne bjarney
bjarnfinnur bjarnfjord bjarnfredur bjarnfridur bjarngerdur bjarnhardur bjarnhedinn bjarnheidur
bjarnhildur bjarni bjarnlaug bjarnlaugur bjarnleifur bjarnolfur bjarnrun bjarnsteinn bjarnthor
bjarnthora bjarnthrudur bjarnveig bjarny bjartey bjartmann bjartmar bjartmey bjartthor bjartur
bjelis bjolan bjolfur bjorg bjorgey bjorgheidur bjorghildur bjorgmundur bjorgolfur bjorgulfur
bjorgvin bjork bjorklund bjorkman bjorn bjorney bjornfridur bjornolfur bjort blaak blaca
blackburn blackford blackledge blackman blackmon blackmore blackshear blackshire blackstock
blackston blackstone blackwelder blackwell blackwood bladek bladimir blaedis blaengur blaer
blaevar blaey blafeld blagaic blagg blagitsa blago blagodatka blagoj blagomir blagosvet
blagosveta blagovest blagoy blaha blaho blahoslav blahova blain blaine blair blais blaisdell
blaise blake blakeley blakely blakeman blakemore blakeney blakes blakeslee blakey blakley
blakney blalock blanaid blanc blanca blanchard blanche blanchet blanchette blanchie blanco
blanda blandine blanding blanduzia blane blanes blaney blanka blankenship blanton blas blasco
blaser blasi blasik blasingame blasko blass blassingame blaszczyk blaszyk blathmhaic blathnaid
blatnik blatt blau blauensteiner blauser blaut blay blaylock blaz blazej blazejak blazejczak
blazejewicz blazejova blazek blazena blazevic blazhe blaziak blazic blazicko blazkova blazquez
bledsoe blees bleich bleijenberg blerim blerina blerta blevins blewanus blewett blick blida blin
blinov blinova blioscain blixt bloch blocher blocker blodgett bloemendaal blokhin blokhina
blokland blom blomberg blomey blomgren blomkvist blommaert blomme blomquist blomqvist blondeel
blondel blondell blondiau blonk bloodworth bloomfield bloomquist blose bloss blosser blough
blouin blount blowick blubaugh bluette bluford bluhm blum blumberg blume blumel blumenthal
bluszcz bly blythe boada boadi boadu boaga boahen boakye boakyewaa boan boardman boase boatemaa
boatemaah boaten boateng boatner boatright boatwright boaz boba bobadilla bobak bobal boban
bobanovic bobb bobba bobbi bobbie bobbitt bobbye bobel bober bobette bobev bobik bobko bobo
bobrov bobrova bobrowicz bobryk bobula bobulova bobur boburov bobylev bobyleva bocanegra bocca
boccaccio boccherini boccioni bocelli bochnak bochnia bochud bociek bock bockman bodaicin bodart
boddaugh bodden boddie boddy bodek boden bodhi bodhlaeir bodhlaer bodi bodie bodil bodin bodine
bodnar bodner bodo bodoni bodromir bodson boduch bodurka bodurov bodvar bodych bodzak bodziony
boe boechat boeck boeckx boehm boehme boel boer boerner boers boes boese boeser boetet boettcher
boezio bogaczyk bogadi bogaert bogaerts bogain bogan bogar bogard bogart bogatimur bogdal
bogdalina bogdan bogdana bogdanivna bogdanna bogdanov bogdanova bogdanovich bogdanovna bogdis
boger bogga boggess boggs boghildur bogi boginya bogisich boglarka bogle bognar bogner bogodar
bogodarivna bogodarovich bogolyub bogomil bogomir bogorodka bogoslav bogovic bogoy bogue bogumil
bogusiewicz boguslav boguslava boguslavivna boguslavovich boguta bohan bohanan bohannan bohannon
bohanon bohdan bohdana bohdanowicz bohl bohlander bohler bohlin bohm bohman bohn bohnbach
bohnert bohon bohorquez bohr bohrer bohumil bohumila bohumir bohus bohuslav bohuslava boi
boiardo boice boichat boila boillat boily boissonneault boisvert boitani boito boivin boix
bojadziev bojadzieva bojan bojanic bojarczuk bojczuk bojdo boje bojorquez bok boke bokenkamp
boksa boland bolander bolanle bolanos bolatito bolcevic bolden bolding boldt boldu bolduc bolen
boler boleslav boleslavivna boleslavovich boleslavovna boley bolger bolghuidhir bolguidhir
bolick bolin boling bolinger bolivar boljkovac bolkesteijn bollen boller bolles bolli bolliger
bolling bollinger bollman bolnbach bolshakov bolshakova bolte bolton boltz boluwatife bolyard
bolzmann boma boman bomar bombieri bompiani bona bonanno bonaparte bonar bonatti bonaventura
bonaya bonbach bondarenko bondaruk bondra bondrova bondt bondumier bondurant bondyra bonet
bonface bonfiglio bongiorno bonham bonifac boniface bonifacio bonifatsiya bonilla bonin bonino
bonislav bonita bonk bonko bonneau bonnell bonner bonnett bonnette bonney bonnin bono bonolis
bonomo bonsra bonsu bont bonte bontrager bonu bonueva bonvin bonvini booden boogaerts booher
booker bookman bookout boomer boone boonen boonpungbaramee boose boothby boothe bophela bopp bor
bora borah borahan borak boratas borba borbala borbely borchardt borche borchers borczyk borde
bordeaux bordelon borden borejko borek borekova borel boreland boren borena borg borgar borgdal
borgdis borge borgen borges borghese borghildur borgia borgman borgny borgrun borgstrom borgthor
borgthora borgulfur borik borikova boris borisivna boriska borislav borislavivna borislavovich
borisov borisova borisovich borisovna borissov borivoj borja borje borjesson bork borka
borkholder borkiewicz borko borkova borkowicz borkowski borkur borland borman borner bornstein
borojevic boros borosak borovsky borovy borowski borquez borra borrani borras borrego borrell
borrelli borremans borrero borris borromeo borromini borroni bors borsellino borsiere borst
bortachain bortecin bortkiewicz borton boru boruc borum borun borut boryanka boryczko borys
borysewicz borysiak borysiewicz borysiuk borzomi borzych borzym bos bosak bosakova bosch bosco
bose bosek bosibori bosilj bosio bosire boska bosley bosman bosmans bosnak bosnakova bosnjak
bosnjakovic bosque bossche bosse bosshard bossi bossuyt bost bostic bostick bostjan boston
bostrom bostrov bostwick bosurgi boswell bosworth botelho botella botello botham bothildur
bothwell botic botica botkin botnia botolfur botond botor botsa botsford bott botta bottaro
botteron botticelli bottigliero botts bou bouabdellah bouafia boualem bouali bouaziz boubekeur
boucetta bouchama bouchard bouchareb bouchat boucher bouchet bouchez bouchra bouckaert boucsein
boudart boudewijns boudiaf boudjemaa boudraa boudreau boudreaux bouffard boughton bouguerra
bouhuizen bouie boukhalfa boukhari boukhatem boulanger boulay bouldin bouley boulogne boulton
boulware boumaza boumediene bounab bourassa bourbeau bourdeau bourdon bourg bourget bourgoin
bourgondie bourguignon bourke bourland bourn bourne bourquard bourque bourquin bousquet boussaid
boutaleb bouthoorn boutin bouton boutte boutwell bouvet bouvier bouwhuisen bouziane bouzid
bouzidi bova bove bovee boven bovene bovenen bovet bovy bowater bowden bowe bowen bowens
bowerman bowersox bowes bowie bowker bowlby bowles bowley bowlin bowser bowyer boyabenyathi
boyan boyce boycho boyd boyden boydston boyer boyes boyett boyette boykin boykins boyko boylan
boyland boyle boyles boynak boynton boyse boysen boysie bozanic bozanovic bozarth bozbag bozeman
bozena bozerk bozhan bozhidar bozhidara bozhik bozhimir bozhin bozhinel bozhinela bozhko bozho
bozhur bozhurka bozic bozica bozicevic bozickovic bozidara bozikovic boztas braaten brabham
bracamonte bracero bracey brach bracha brachaczek brachman brack bracke brackett brackin bracun
bracy bradaigh bradain bradberry bradburn bradbury bradden braddock braddy braden bradfield
bradford bradham bradic bradley bradly bradshaw bradt bradtke bradut brady bradyn brae braeden
braedon braelyn braem brafford braga bragadin bragaglia bragdon bragg braggs braghildur bragi
bragin bragina bragt brahier brahim brahimi brahmbhatt brahmi braiden brainard braithwaite
brajkovic brak brakus braley bralic bram bramante brambilla bramblett brame bramlett brammer
bramwel branam branaola brancaccio branciforte branco branda brandan branddis brande brandee
branden brandenburg brandenburger brandes brandi brandic brandie brandin brandl brandner brandon
brandstatter brandstetter brandt brandtner brandur brandusa brandyn branham branislav branislava
branka branko brankov brankovic brann brannan brannelly brannen brannon brannstrom branscum
branson branstetter brant brantley brantner branton branum braoin braonain brar brase brasfield
brashear brashears brassard brassell brasseur brassfield brassil braswell bratcher brathwaite
bratton bratukhchev braud brauer braulio braun braunstein bravin brawley brawner braxton brayan
brayden braydon braylen braylon brayton brazeal brazell brazelton braziel brazil brborkov brcko
brea breana breanain breandan breann breanna breanndain breanne breasail breaslain breathnach
breault breaux breazeale brecht breckenridge breda bree breeda breeden breedlove breege breen
breese breffni bregar bregula breheny brehm brehmer breisleain breit breitenberg brejnak breki
brekke brekkmann breland bremer brencis brenda brendah brendan brenden brendon brenen brenna
brennan brenneman brennen brenner brennon breno brent brenton breonna bres bresciani brese bresi
breslin bresnahan bresnehan bresse bressler brestir bret bretislav breton brett bretz breuer
breugel breugelensis breugelmans breukeleveen breukelveen breunig brewington brewster brewton
brey brezina brezinova brezjan breznik bria briain brian briana brianain briand brianda brianna
brianne briartaigh bric briccialdi brice briceno brichard brichese bricker brickey brickhouse
brickner brid bridgeforth bridgeman bridger bridgers bridget bridgett bridgette bridgewater
bridgit bridie bridson bridwell briede briedis briek briel brielle briemer brien briere briet
brieuc brievingh briget brigette briggs brigham brighid brigid brigida brigita brigitta brigitte
brigman brijesh briley brill brilyant brimar brimdis brimer brimhildur brimi brimir brimmer
brimrun brinda brindle brindley brinegar brinker brinkerhoff brinkley brinkman brinkmann brinley
brinson brinton briody brion brionain briones brionna brisa brisco briscoe brisee briseno
brislane brisleain brisson brister bristol bristow brit brita britany britney britni britny
brito britt britta brittain brittaney brittani brittanie brittany britten britteny brittingham
brittnay brittnee brittney brittni brittnie brittny britton britvec briutean brizee brizendine
brjann brlas brlek brletic broadbent broaddus broadhead broadnax broadus broadwater broadway
broadwell broady broberg brochu brock brockett brockington brockman brockway brodawka brodbeck
broddi brode broderick brodeur brodie brodin brodka brodowicz brodsky brody broeck broeckx
broeders broek broekhoven broeshart brogain brogdon broggini broic broin broithe brojek brokaw
brolchain brolin broman bromley brona bronach bronagh broncel bronder broniarek broniek
bronislav bronislava bronislavovich bronka bronson bronstein bronwen bronwyn brooke brooker
brookes brookins brooklyn brooklynn brookshire broome broomfield brophy broquet bror bros
broschi brosius brosnachain brosnan broszkiewicz brotherton brough broughan broughton brouillard
broussard brousseau brouwer brouwers browarczyk browder brower browne brownell brownfield
brownlee brownlow broy broyles broz brozda brozova bru bruachain bruadair bruadar brubaker bruce
bruchem bruck brucker bruckner bruder brudny bruen bruggeman brugger brugman brugnaro bruhn
bruic bruijn bruijne bruiseal brumbaugh brumfield brumleve brumley brummett brun bruna brundage
brundidge brune bruneau bruneel brunel brunell brunelle brunelleschi brunello bruner brunhild
brunhilde bruni brunilda bruning brunk brunner bruno brunovska brunovsky bruns brunson brunsted
brunswick brunswijk brus bruscantini bruska brusko bruskova bruss brust bruton bruun bruycker
bruyere bruyn bruyne bruyninckx bruynzeels bruzda bryan bryana bryanna bryant bryce brycen
bryczek bryda brygola bryja brylee bryn bryndis bryndza brynfridur bryngeir bryngerdur
brynheidur brynhildur brynja brynjar brynjolfur brynjulfur brynlee brynleifur brynn brynny
brynsteinn brynthor bryntyr bryon bryony bryson bryton bryzek brzakala brzana brzek brzezinski
brzezniak brzozowski brzykcy buachalla buadha buadhachain buadhaigh buaile bubak bubel bucanac
bucar bucci buch bucha buchalik buchan buchanan buchanon buchberger buchegger buchel bucher
buchholz buchinger buchler buchman buchner buckingham buckland buckley buckman buckmaster
buckner buckridge bucur buczko buczma budai budaqli budd budde buddie budhlaeir budi budig
budiman budimir budiyanto budkiewicz budner budniak budrewicz budych budzen budzich budzyn
buehler buel buelah buelens buell buena buenaventura buendia bueno buenrostro buettner
buffington bufford buffum buffy bufkin buford bugarin bugbee buget bugg buggs bugiel bugla bugno
bugnon bugueno buhari buhl buhler buhlmann buhr bui buick buie buijs builteir buisson buitleir
buitrago bujar bujard bujas bujko buk buker bukhari bukhosini bukola bukovec bukovska bukovsky
bukowiec bukowski buksa bukurije bukvic bula bulah bulak bulanda bulawa bulczak bulger buljan
bullard bulle bullen buller bullington bullins bullis bulloch bulluck bulter bultot bulunc
bulzoni bumb bumgardner bumgarner bumov bumpus buna bunce buncic bundi bundy bunger bungic bunic
bunlerngsri bunlupong bunmi bunn bunnell bunschoten buntin bunton bunyadzade bunyamun buonauro
buono buraid burak burakhan burbach burbank burbano burc burca burcardo burch burcham burchard
burchardt burchell burchett burchette burchfield burchill burciaga burckhard burcuhan burcul
burczak burd burdach burdett burdette burdick burdine burditt buren bures buresova bureyre
burford burgan burge burgess burgett burghard burgin burgoon burgos burgstaller buri buric burim
burk burkard burkart burke burkes burkett burkey burkhalter burkhanlarski burkhard burkhardt
burkhart burkhead burkholder burkiewicz burkney burkni burks burl burleigh burleson burley
burling burlingame burlison burma burman burmeister burnach burnat burnell burnes burnett
burnette burney burnham burnice burnie burnley burnside burov burova burrel burrell burress
burri burrill burris burriss burrough burroughs burrus burruss burse bursic burson burt burtch
burton burtscher burwell burza burzawa burzec busara buscetta busch buser busey bushey bushnell
bushong busick busienei busisiwe buskirk busko busljeta busoni busquets busra busranur bussard
busse bussell bussey bussiere bustamante bustillos bustos buszka buszkiewicz buszko buszta
butala buteau butera butkovic butkus butrym butselaar butterfield butterworth buttimer buttimore
buttram butz buuren buxton buyrukhan buyse buysse buytelaar buza buzard buzbee buzov buzzell
bwire byars byas bybee byer byerly byers byington bykov bykova byler bylgja bylina bylund bynum
byra byram byrd byrdie byrge byrne byrnes byron byrum bystrek bystrik bystrom bystron bytner
byzdra bzdega bzdziuch bzymek caba cabala caballero caban cabanillas cabbar cabbarli cabe cabell
cabello cabeza cabezas cabhail cabibbo cabir cabo caboto cabraigh cabral cabrales cabrera
cabrero cabrini caccianemico caccioppoli caceres cacho cacilia cacilie cacko cadain caddell
cadden caddow cade cadefau caden cadena cadenas cader cadhain cadhla cadhlaigh cadiz cadogan
cadorna cadwallader cadwell cady cael caesar caetana caetani cafarchia caffarelli caffee
cafferkey cafferky cafferty caffey caffrey cafraigh cafua cafuk caga cagak cagalj cagdan cager
caglar caglasin cagle cagney cagnin cagnotto cagveren cahal cahalane cahan cahangir cahill
cahillane cahir cahoon cahya cahyadi cahyanto cahyo cahyono cai caibe caicedo caiden caidin
cailin cailpin cailum cailyn caimbeal caimbeul cain caine cainero caines caingne cainnigh caio
cairbre caireallain caironi caiside caisin caisleain caislin cait caithir caithlin caitigin
caitlin caitlyn caitlynn caitriona caius cajigas cajsa cakala cakar caket cakirca cakrabirawa
cakrabuana cakrajiya cakrawala cakrawangsa calabrese calabro calahan calaigh calandra calarco
calatayud calbhaigh calbo calcedonio caldeira calder caldera calderon calderone caldonia
caldwell cale caleb calebe caleigh cales caley calfee calgari calhoon calhoun cali calik calim
calin calista calisto calixta calixto calkins calla callaghan callahan callain callan callanain
callanan callaway calle callebaut callegari callegaro calleigh calleja callen callender callens
calles callewaert callie calligan callihan callinan callis callison calloway callum cally
calnain calogero calti calton calum caluza calvert calvet calvey calvillo calvin calvince calvo
calzada camacho camalov camanni camara camarena camargo camarillo cambell cambier cambria
cambridge cambron camden camelia cameron cami camicione camie camil camila camilla camille
camilleri camillo camillus camilo camino camire camiscione camisha cammack cammarata cammel
cammie cammy camok campa campagna campana campanella campano campbell campenhout campillo
campion campise campo campos campoy campuzano camren camron camryn camuccini camurcuoglu camus
canada canaday canady canainn canale canales canali canan canas canavan canberk canchola cancino
candace candance candaux candela candelaria candelario candelas candeniz candi candia candice
candida candido candie candis candler candra candrakanta candyce canela canellas canet canete
canetta canevascini canfeza canfield cangelosi cangur canice canil canipe canizales canizares
cann canna cannady cannan cannie canniffe cannizzaro cannur cano canova canovas canseven cansin
cansler cantara cantemir canterbury cantero cantez cantillo cantimori cantin cantrell cantu
cantwell canty canup canur cao caoain caobhacain caobhain caochain caochlai caochlaigh caodhain
caodhla caoidheain caoile caoileain caoilfhionn caoillidhe caoilte caoimh caoimhe caoimhin caoin
caoindealbhain caoinigh caoinleain caola caolain caolan caollai caollaidhe caomhain caomhan
caomhanach caomhanaigh caona caonaigh caothain capa capala caparros capdevila capecchi capehart
capek capekova capel capelle caperton capiga capitola capka capkan capko capkova capkovic
capkovicova capla caplan caple caples caplinger caplis caplovic caplovicova capo capobianco
capone capozzi capp cappelli cappie capples capps capua capuaigh capuana capuano capucine caputo
cara caraballo caracciolo caragh caraka carbaire carbajal carbajo carballo carbaugh carberry
carbery carbo carbone carbonell carcamo cardano cardella carden cardenas carder cardin cardinale
cardon cardona cardone cardoso cardoza cardozo carducci cardwell caren carey carfagna cargile
cargill cargonja cari caric caridad carie carignan carillo carin carina carine carino carisa
carissa carita carl carla carlberg carle carlee carleen carleigh carlena carlene carleton
carletta carley carli carlie carlier carlijn carlile carlin carline carlisle carlita carlito
carlo carlock carlos carlota carlotta carls carlsen carlson carlsson carlton carlucci carluis
carly carlyle carlyn carma carmack carmaig carman carmean carmel carmela carmelia carmelina
carmelita carmella carmelo carmen carmenza carmichael carmina carminho carmody carmon carmona
carmouche carnahan carneiro carnell carner carnera carnero carnes carnevale carney carnogurska
carnogursky carnotte caro carocci carola carolan carolann carole carolee carolien carolin
carolina caroline caroll carollo carolyn carolyne carolynn caron carone carosone carothers
caroyln carpaccio carpentier carper carpino carpio carr carra carragain carragher carraidhin
carrain carranza carrasco carrasquillo carraud carraux carraway carre carreiro carrell carren
carreno carreon carrera carreras carrero carretero carrghamhna carrghamhne carri carrick carrico
carrie carriera carriere carrig carrigan carrigy carrillo carrington carrizales carrizo carro
carrol carroll carron carruth carruthers carsen carson carstarphen carsten carstens carswell
cartagena cartain carte cartee carter cartes carthaigh carthy cartier cartur cartwright carty
carub caruin carullo carun caruso caruthers carvajal carvalho carville carwile cary caryl
carylon caryn cas casa casadei casado casady casagrande casaide casal casale casaleggio casalodi
casals casandra casanova casanovas casares casarez casarin casarlaigh casas casavant cascio
casella casellati casemiro casen casey cashen cashion cashman casian casiana casiano casias
casie casier casillas casimer casimir casimira casimiro casini caskey cason caspar casper cass
cassady cassandra cassara cassart cassaundra cassel cassell cassella cassen casserley casserly
cassey cassi cassiano cassidy cassie cassin cassity cassius casson cassondra cassy castaldo
castaneda castano castanon casteel castejon casteleyn castell castellano castellanos castelli
castellitto castello castellon castells castiglione castile castilla castille castilleja
castillo castillon castioni castleberry castleman casto caston castonguay castorena castrejon
castrillo castrillon castro caswell catailin catala catalan catalano cataldo cataleya catalin
catalina catanzaro catarina cate catenazzi caterina cates cathail cathain cathal cathala
cathalain cathaoir catharina catharine cathasaigh cathbhaid cathbhuadha cathbhuadhaigh
cathbhuaidh cathcart catherin catherina catherine catheriona cathern catheryn cathey cathi
cathie cathlain cathleen cathmhaoil cathrin cathrina cathrine cathriona cathryn cathy catia
catina catinca catlett catlin cato catoe caton catrice catrin catrina catrine catrinel catriona
catron catt cattaneo cattigan cattin catur caturangga caua caudell caudill caudillo caudle
caudron caue caufield cauley caulfield caune causey cauthen cavad cavalcante cavalcanti
cavallaro cavallo cavanagh cavanaugh cavanna cavazos cavender caver cavid cavieres cavin
caviness cavit cavuldur cawisadi cawisono cawley cawthon cawuk cayadi cayden caydence cayetana
cayetano cayla caylee caylor cayton caywood cazares cazimir cazorla cea ceadagain ceadaigh
ceafarcaigh ceallabhui ceallachain ceallaigh ceallbhui ceamharcaigh ceanainn ceannabhain
ceannaigh ceanndubhain ceannduibh ceannfhaola ceannfhaolaidh ceanntabhail ceapog ceara cearain
cearbhaill cearbhain cearbhallain cearbhlain cearmada cearna cearnaigh cearr cearrucain cearruin
ceasar ceatharnaigh ceballos cebekhulu cebesoy cebisa cebo cebrayilov cebrian cebulak cecelia
cecep cecere cech cechova ceci cecil cecila cecile cecilia cecilie cecilija cecilio cecille
cecily cecot cedeno cedide cedillo cedric cedrick cedrin ceferino ceferoglu ceferova ceferzade
cegla ceh ceide ceidigh ceil ceileachair ceilleachair ceirin ceirisc ceiriuchain ceithearnaigh
ceitig ceitin ceitinn ceja cekovska cekovsky celal celaya celem celena celene celentano celeste
celestia celestin celestina celestine celestino celia celie celik celikkan celikyurek celil
celilay celina celinda celine celis celma celmina celmins celms celsa celso celuch cem cemal
cemale cemalettin cemani cemenli cemenzeminli cemeti cemil cemile cemiyle cemplunk cena cenan
cendron cenge cengiz cengkal cengkir ceniceros centa centek centekova centeno centrine ceochain
ceoinin ceola ceorais ceothach ceothanach ceothanaigh cepeda cephas cephus ceran cerar cerasela
ceravolo cerci cercis cerda cerdan cerezo ceri cermak cermakova cerna cerne cernik cernikova
cernoch cernochova cerny ceron cerquiglini cerrato cerro cerucain cerutti cervantes cervantez
cerven cervenova cerveny cervera cesar cesare cesaroni cesarotti ceschi cesnak cesnakova cesnek
cesnekova cespedes cestaric cetera cetin cetinsu ceulemans ceuppens cevale cevheri cevikoz
cevregul ceyhun ceyhune ceyla ceylin ceylon ceynowa ceyran cezar cezara cezary cezayir cha
chaaya chaba chaban chabane chaber chaberek chabior chabot chace chacha chachaj chachiya chacho
chachula chacko chacon chada chadaj chadbourne chadd chadha chadrick chadwell chadwick chae
chaffee chaffin chaffins chafin chagnon chagwe chahal chai chaib chaidez chaifah chaihirankarn
chaim chaires chaisatit chaisson chaitaly chaitanya chaiwut chaka chakrabarti chakraborty
chakradev chakradhar chakrika chala chalenko chalfant chalimoniuk chalisa chaliy chalker chalmer
chalmers chalupka chalupkova chamali chaman chamane chamberland chamberlin chamblee chambless
chambliss chameli chamness chamorro champak champlin chan chana chanakya chancey chanchal chand
chanda chandani chander chandia chandra chandran chandresh chanel chanell chanelle chaney chanez
chang changawa changaz chanie chanikan chaniya chankete chanko chanlieva channell channie
channing chano chantal chantay chante chantel chantell chantelle chanya chao chaoin chaoui chapa
chaparro chapelle chapin chaplin chapman chappel chappell chapple chappuis chapuis chaput chara
charan charbonneau chardafon chardafona charef charest charette charis charise charissa charisse
charita charla charland charle charlee charleen charlena charlene charles charlesetta charlesh
charleston charlette charley charlie charlier charline charlize charlott charlotta charlotte
charlottie charls charlsie charlton charly charlyn charmain charmaine charney charnish charo
charodey charoensuksopol charolette charon charos charosova charpentier charpie charrier charron
chartier chartrand charvi chas chashida chasidy chasity chasmum chasse chassidy chastain
chasteen chatain chatfield chatham chatman chatmon chatresh chatriand chatriant chatterjee
chatura chatys chau chaudet chaudhari chaudhary chaudhry chaudhuri chaudry chauhan chauncey
chauncy chaush chausiki chauveau chauvet chauvin chavarria chavdar chavers chaves chavez chavira
chavis chavvi chawin chawish chawla chaya chayanin chayapat chayka chaz che chea cheara cheatham
cheatwood cheba chebet chebii cheboi chebon checa chechi cheda chedo chedomir chee cheema
cheeseman cheesman cheever chege cheikh chekalyuk chelagat chelangat chelimo chellaoua chelo
chelsea chelsey chelsi chelsie chelsy chema chemtai chemutai chen chenangat chenault chenaux
cheney cheng chengo chenko chenoweth chenyu chepchirchir chepchumba chepkemboi chepkemoi
chepkirui chepkoech chepkorir chepkosgei chepkurui chepkwemoi chepkwony chepngeno chepngetich
chepo cheptoo cher cheragh chere cherednik cheree cherek cherelle cheresha chergui cheri cherian
cherie cheriet cherif cherifi cherilyn cherinko cherise cherith cherly cherlyn chernenko cherno
chernorizets chernov chernova cherono cherop cherotich cherrelle cherri cherrie cherryl
cherubini cheruiyot cherutich cheruto chervonenko chery cheryl cheryle cheryll chesang cheshire
chesire cheslav cheslavovich chesley chesney chesnut chesser chessie chesson chester chestina
chet chetrafilski chetvrta cheung cheusi chevalier chevalley chevallier chevez chevresson
chevrolet chewning cheyanne cheyech cheyenne chhabra chia chiamaka chiang chiao chiappetta
chiara chiaramonte chiasson chibani chibi chibini chibuzo chichester chico chidester chidi
chidimma chidinma chieh chieko chien chiesa chigi chigozie chih chijioke chikh chiko childers
childress childs chiliza chilo chilson chilton chimere chindamo chinedu chinelo ching chinn
chinnici chinonso chinwe chinyere chioma chipman chipps chipukizi chiquita chiraz chirchir
chisholm chism chisolm chita chittenden chittolini chitty chitwood chiu chivers chiyo chizoba
chka chlad chlebda chlebek chlipala chloe chloie chloig chmara chmielak chmielewski chmil cho
choate chocho chochol chochomir choda chodak choe choeychuen choi choille choina choinnigh
chojak chojna chojnacki chokshi cholewka cholody chomba chomhghaill chomiak chomik chomiuk
chomsri chon chona chonar chonco chong choni chono chonyu chopard chopra choque choquette
chorazewicz chornovil choros chotzen chou choudhary choudhry choudhury chouinard chovan chovanec
chovanecova chovanova chowaniak chowdary chowdhury chowitunkit choy chrappa chrappova chretien
chris chrisman chrissie chrissy christ christa christabel christal christeen christel christelle
christena christene christensen christenson christer christi christia christiaan christiaens
christian christiana christiane christianne christiano christiansen christianson christie
christin christina christine christinia christion christl christman christmas christner christof
christofer christoffer christoffersen christofferso christop christoper christoph christophe
christopher christopherso christos christy chrodtrud chromy chronister chrosain chruszcz
chrystal chrzanowski chu chuan chuang chubay chubrik chubrina chuchla chucho chude chudik
chudikova chudo chudoba chudomir chudoslav chueh chuk chukchukov chuki chukov chukwu chukwudi
chukwuemeka chulev chuleva chumachenko chumak chumba chumley chumo chun chung chunn chupetlovska
chupp chuprina churchill churchwell chus chuturkov chuy chuyko chvor chwala chwalisz chwedczuk
chwedoruk chyb chylak chyna chynna ciabhain ciak ciampi cian cianaigh cianain cianan cianciolo
ciani ciaobella ciapa ciara ciaragain ciaraigh ciarain ciaran ciarba ciardha ciardhubhain ciarka
ciarmhacain ciarmhaic ciarra ciarrai ciarucain cias ciastek cibane cibhil cibin cibor cibula
cibulka cibulkova cibulova cicala ciccone cicek cicely cicero cich cichorius cichos cichowlas
cici cicilia cid cidal ciechowicz cieciora cieciura cieciwa ciecko cielo cieloch ciemiega
cieniuch ciepla ciepluch cieplucha ciera ciereszko ciernaova ciernik ciernikova cierny cierpisz
cierpka cierra ciesielczyk ciesielka ciesielski ciesiolka cieslak ciezka cifuentes cigan ciganik
ciganikova ciganova ciganovic ciger cigerova cignaroli cihan cihandide ciji cik cikotic cilea
cilga cilibrasi cill cilla cillartrain cilli cillian cillin cilltrain cilly cimarosa cimini
cimino cimnaz cimoch cinare cinda cinderella cindi cindie cindoruk cindric cindy cinerk cingiz
cingizoglu cinneide cinneir cinnseala cinnseamain cinta cinthia cinthya cintia cintron cinzia
ciobhain ciobhanaigh ciochon cioffi ciolczyk ciollabhain cioltrain cionnaigh cionnaith
cionnfhaola ciorain ciosain ciosog ciosoig ciothaigh ciothog cipolla ciprian cipriana cipriano
cira ciriaco ciril cirillo cirino cirkeline ciro cirric cirule cirulis cisco cisem cisneros
cison cisse cisterna cisternas citko citlali citlalli citra ciuba ciuinin ciuk ciula ciurtain
ciurus civaschi civgin cizmesija cizmic claar claas claassen clabaugh clabe claes claesdr
claesen claesner claessens claesson claeys clafferty claffey claiborne claimhin clair claire
clancy clanton claochlai claochlaoigh claonain clapa clapp clara clarabelle clarach clarance
clardy clare clarence claretha claretta claribel clarice claridge clarinda clarine claris
clarisa clarissa clarisse clarita clark clarke clarkson clarnce clary clas classen classie
classon claud claude claudette claudia claudie claudina claudine claudio claudiu claudius claudy
claunch claus clausen clauson claussen clavero clavin clavs clawson claxton clayborn claycomb
claypool claypoole clayton claytor clearence cleary cleda cleek clees clegg cleghorn cleir
cleirchin cleireachain cleirigh cleland clelia clell clella clem clemence clemencia clemens
clemente clementina clementine clements clemie clemma clemmer clemmie clemmons clemon clemons
clenaghan cleo cleola cleon cleone cleopatra cleophas cleora cleotilde clerc clerck clercq
clerkin clery cleta cleto cletus cleva cleve cleveland clevenger clevie clewis clide cliffie
clifford clift clifton climaco climer clinard cline clinger clinkscales clint clinten clinton
cliodhna cliona clive clocharta clochartaigh clochasaigh clodagh clodfelter clodomiro cloe
clogherty cloherty clohessey clohessy cloney cloninger clontz cloonan cloone clooney clootwijck
clopton clora clore clorinda closset closson clothilde clotilda clotilde clough clouse clouser
cloutier clovis clow clower clowers cloyd cluanaigh cluanain clubb cluff cluin clukey clumhain
clunain clune clunies clute clyburn clyda clyde clydie clymer clytie cmiel cnaimhin cnaimhsi
cnaimhsighe cnuachain coady coakley coan coardi coates coaxum cobb cobbs cobhthaigh coble cobo
cobos cobrda cobrdova coburn coby coca cochlain cochran cochrane cociarelli cockerham cockrell
cockrum coco coddington coder codey codi codie codin codina codrin codrina codrut codruta cody
coe coelho coello coen coene coenen cofala cofer coffelt coffey coffield coffman cofield cofre
cogain cogan cogar cogay cogburn cogdill coggin coggins cogiel cogley cogswell cohalan cohan
cohen cohn coholan coighin coigil coigligh coigny coile coileain coileir coiligeain coiligh
coilin coillin coillte coimin coincheanainn coineain coineoil coinghealla coingheallaigh
coinghialla coinghiallaigh coinghiola coinin coinne coinneachain coinneain coinneir
coinneirtinne coinner coinnich coinnigh coinnin coinnleain coirbin coirnin coisdeala coisdealbha
coisteala coistealbhaigh coitir coitirigh cokan coker colangelo colbach colbert colburn colby
coldiron coldwell cole coleen colegrove colella coleman colene coles coleton coletta colette
coley colfer colgan colhoun colie colin coline colinet colins coll colla collado collaigh
collain collao collarain collard collart collata collazo collen collene colleneler colleran
collet collett collette colletti colley colligan collignon collin collina collince collinder
colling collings collins collinsworth collis collodi collum colly colm colmain colman colmenero
colom coloma colomba colombo colomer colot colpaert colpan colquitt colreavy colson colston
colten colter colton colucci coluccio coluim colum columba columbia columbo columbus colunga
colvard colvin colwell colyer comacho comain comair comar comartun comber combi comboni combre
comeau comeaux comencini comerford comeriato comhdhain comhghaill comhghain comhrai comisky
comisso comman commins comni como comolli compere compton comstock comte comyn conacha conagail
conaill conain conaire conal conall conallain conallta conamha conan conant conaola conaonaigh
conarain conard conatser conaty conaway conba conbha conbhae conbhai conbhaigh conbhuaidh
conbhui conbhuidhe conboy concannon conceicao concepcion concepta concetta concha concharraige
conchita conchobhair conchoille conchradha conchubhair conchuir conchur conde conder condit
condoleo condon condren condron conduibh condun conefrey conerly conesa coney confhaola
confraoich congail congdon conger conghaile conghamhna coniglio coninck conkle conklin conlain
conlan conleagha conleth conley conlin conlon conluain conmara conmee conmhachain conmhai
conmhaidhe conmhaoil conmhui conmi conmy conn connachain connachtaigh connachtain connachton
connaghy connaigh connain connallta connally connaughton connbhui connchamhain conneeley
conneely connell connellan connelly conner conners connery connghamhna connie connmhachain
connmhai connmhaigh connoil connol connole connollaigh connolly connor connors connuchain conny
conoil conole conor conover conra conrach conrad conradi conradin conrado conraoi conree conroy
conry consaidin considine consolata constanca constance constanta constantin constantina
constantine constantino constanza constanze consuela consuelo contarini conte conteh conter
contessa conthra conti contina contra contrafatto contreras conuchain conway conwell conyers
coogan cooke cooksey cooksley cookson coolahan coolen cooley coolidge coombs coomer coomes
coonan cooney coonrod copas copeland copenhaver copley copp coppage coppedge coppens coppin
copple coppock coppola copur cora coraima coralee coralia coralie coraline corazon corbacho
corbain corbat corbett corbin corbitt corbo corboz corby corcora corcorain corcoran corcos corda
cordaro cordeiro cordelia cordell cordella corder cordero cordes cordia cordie cordier cordle
cordoba cordova cordray corduff cordula corea corean coredo coreen corene corentin coret coreth
coretta corey cori coria coric corie coriell corina corine corinna corinne coriolano corish
corkery corlaigh corle corless corlett corley corliss corlu cormac cormacain cormack cormaic
corman cormican cormick cormier cormy corneille cornejo cornel cornelia cornelio cornelious
cornelis cornelison cornelisse cornelissen cornelisz corneliu cornelius cornell cornett cornez
cornie cornil cornish cornman cornut cornuz cornwall cornwell corominas coronado coronel
corpataux corput corpuz corr corra corrachain corradain corradi corrado corragain corraidh
corraidhin corraigh corrain corrales corrdhuibh correa corredor correia correll correr
corrghamhna corridan corrie corrigan corrin corrina corrine corrinne corriveau corry corsi
corsin corso corson corstiaens cortes cortese cortez cortina cortinas cortney corum corvalan
corvin corwin cory cosain cosandey cosby coscair cosendey cosentino cosey cosgair cosgrave
cosgrove cosic cosima cosimo coskun cosman cosmas cosme cosmin cosmina cosmo cosner cosper
cosqun coss cossette cossey cossiga cossy costa costache costagain costales costalonga
costantino costanza costanzi costanzo coste costel costela costello costelloe coster costigan
costilla costin costner coston cota coterlet cothern cothran cothren cotic cotner cotten
cottingham cottle cottman cotto cottrell cottrill coty coughlan coughlin coulibaly coulombe
coulon coulson coulter coumba counihan courcey cournane cournoyer coursey courson courtemanche
courtenay courteney courtland courtney courtois courtright courville courvoisier coury couto
coutts couture couturier couvreur covarrubias covell covic covington cowan cowans cowart cowden
cowell cowely cowen cowgill cowie cowles cowley coyle coyne cozad cozar cozart crabb crabhain
crabtree craddock crafton cragg crahan crahay craibhin craidheain craig craighead crain craine
craith cramer crampsey crampsie crampton crandall crandell cranford crangle cranley cranly
cranmer cranston craobhain crary crase craver crawford crawley crayton creadaigh creag creagain
creager crean creasey creason creasy credle cree creech creedon creekmore cregan crehan
creighton creimin cremeans cremer cremin cremonesi crenguta crenshaw creola crescencia crespi
crespin crespo cressie cresswell creswell crete cretton crevar crevoisier criado criagain cribb
cribbons cribbs crichton crider crigger crilly crim crimin crimmins crin crina criner crinion
criodain criogain criomhthain crionain criostoir criostuir cripe crippen cris crisafulli
criselda crisler crisman crispi crispin criss crissie crissman crissy crist crista cristal
cristea cristen cristhian cristhofer cristi cristian cristiana cristiano cristie cristin
cristina cristine cristobal cristofer cristofor cristoforetti cristopher cristy criswell
critchfield critchlow crites crittenden crittendon crivelli crnekovic crnkovic croad croal croce
crocker crockett crodhal croft crohan croidheain croil croinin croithin croley crolly cromer
crompton cromwell cron crona cronallaigh cronan cronelly cronghaile cronin cronk cronly croom
crooms crosain crosbie crosby crose crosley crossan crossen crossland crossley crossman crosson
crosswhite crota crotaigh croteau crothers crotts crotty crouse crowder crowe crowell crowl
crowley crownover crowson crowther croy croyle cruachain cruadhlaoich cruce cruces cruchain
crudden cruickshank cruis cruitin crum crumbley crume crumley crump crumpler crumpton crunk
cruse crutcher crutchfield cruz cryan cryer crysta crystle csaba csilla csongor csonka ctibor
ctirad cuacach cuadrado cuag cuagain cuaig cualain cuana cuanachain cuanaigh cuanain cuanna
cuannaigh cuarnain cuarta cuba cubillos cubric cuc cuccia cucek cuch cuda cudd cuddihy cudic
cudzich cuellar cuenca cuervo cuesta cueto cuevas cuffe cugia cuheyna cui cuideagain
cuideaganaigh cuidithe cuigeannaigh cuijck cuileamhain cuileanain cuileannain cuilin cuilinn
cuill cuilleain cuillin cuilliu cuilliudha cuilriabhaigh cuimilin cuimin cuineain cuinn
cuinneachain cuinneagain cuinneain cuinneir cuinnleain cuirc cuireain cuirleain cuirnin
cuirreain cuirrin cuirteir cuirteis cuise cuk cukier cukman cukon culachain culain culberson
culbert culbertson culbreath culbreth culhane culi culina culjak cullaigh cullen culler culley
culligan cullinan cullinane cullins culloty cullum cully culot culp culpepper culver cuman
cumascaigh cumberbatch cumberland cumbie cumhail cumhaill cumiskey cumisky cummerata cummings
cummins cummiskey cummisky cumsud cundari cundiff cunduin cundun cuneo cuneyit cunha cunnaidh
cunnane cunneen cunningham cunny cunuin cunun cuomo cuong cupic cupp curatoli curci curcio
curdaigh curdin curdy cureton curic curiel curlee curley curnain curnane curneen curnyn curraidh
curraidhin currain curran curraoin curren currey currie currier currin curro cursa curtin curtis
curtiss curtsinger cusack cusano cushing cushman cusick custer custodia custodio cuthbert
cuthbertson cutler cutlip cutright cutrufo cutshall cutshaw cutts cutuli cuvarli cuvelier cuyper
cuypers cuyvers cuzzocrea cvenic cvetka cvetko cvetkovic cvetnic cvitan cvrtila cwalile cwierz
cwirko cyba cybul cybulski cydney cydzik cygal cyganik cylwik cyman cymbala cymer cyndi cyndy
cyntha cynthia cyphers cyprian cyprich cyprichova cyr cyrek cyriel cyril cyrill cyrille cyron
cyrstal cyrulik cyrus cythia cywka czajka czajkowski czajor czak czapiga czarnecki czech
czenczek czerepak czerkies czermak czerner czerniakiewicz czerniec czerwinski czerwionka czesak
czescik czeslaw czlonka czochara czopik czosnyka czubaj czubaszek czuj czulak czupryn czupryna
czura czurylo czylok d'amore d'arcy d'hondt daako daakoaa daal daamin daan daanish daanyaal
daawood dabal dabbah dabbs dabhain dabhoireann dabhrain dabir dabkiewicz dabney dabo dabros
dabrowicz dabrowka dabrowski dabukke dace dach dachev dachgelder dachgeldt dachgelt dacia dacian
daciana dacin dacko dacosta dacus dada dadap dadas dade dadej dadey dadi dadina dadova daeid
daeja daele daems dafina dafinka dafne dag dagane dagbjartur dagbjorg dagbjort dagel dagfari
dagfinnur dagfridur daggeir daggett daggros dagheidur daghfal daghnain dagistan dagli dagmann
dagmar dagmara dagmey dagny dagnyr dagobert dagoberto dagostino dagrun dagsburg dagthor dagur
dahal dahiana dahir dahl dahlberg dahlen dahlgren dahlin dahlke dahlquist dahlqvist dahlstrom
dahm dahmane dahmani dahms dai daiana daibheid daibhid daibhidh daibhin daibhis daid daiga
daigle daigneault daija daijah daiken dail dailey daimhin daina daine dainess dainis dainius
daire dairine dairo daisey daisha daisie daisye daiyaan daja dajana dake dakhil dakhno dakoda
dakota dakotah daksh daksha dakshesh dala dalaigh dalaja dalal dalan dalbert dalbir daldis
daleiden dalem dalene daler dalerov dalessandro dalessio daley dalhoff dalia dalibor dalila
dalili dalima daliman dalimin daliono dalke dalkilic dall dalla dallaire dallape dallara dallas
dalley dalli dallilja dallin dallinger dalmann dalmar dalmas dalmau dalros dalrymple dalton
daltun dalvin daly dalziel damanik damar damarcus damari damarion damaris damato dambrosio
dameer damek dameon dameron damian damiano damico damien damienne damife damijan damijanic
damilola damini damion damir damirov damjan damjana damjanovic damjanovska damjanovski damlanur
damm damme damon damond damore dampier damron damu damurah damyana damyanti dan dana danachair
danae danaher danang dancak dancakova dancan danche danchenko danchuk danciak danciakova dancun
dancy dandanov dandolo dandre dandrea dandridge dane daneen danek danekova danel danelina
danelius danelle danette daney danford danforth danfridur dang dangelo dangerfield dangl
danheidur danhildur dani dania danial danica daniec daniel daniela daniele danielius daniell
daniella danielle daniels danielsen danielson danielsson danieluk daniilovich danijel danijela
danika danila danilchuk danilczuk danilenko danilivna danille danilo danilov danilova danilovich
danilovna danilyuk danimira danique danis danish daniswara danisz danita danitsa danitza danival
danivna danjuma danka dankevich dankiewicz dankiv danko dankova danley dann danna danner
dannette dannie danniel dannielle danninger danny dano danos danova danquah dansby danso danson
dante dantonio dantzler danu danuja danuse danuta dany danyel danyell danyelle dao daochain
daoda daola daoud daoudi daphine daphne daquan dar dara daragan daragh darain daraz darbonne
darby darcel darcey darci darcie darcy dardan dardanela dardar dardel darden dardenne darell
daren dargacz dargain dargan daria darian dariana dariati darien darija darijan darika darimin
darin darina darinka dario darion daris darius dariush dariusz dariya darja darko darl darla
darlak darleen darlena darlene darline darlington darlyne darmaji darman darmana darmanto
darmody darnau darnell darojkovic darold daron darpan darr darragh darrah darran darrel darrell
darren darri darrian darrick darrien darrin darrion darrius darron darrow darry darryl darryle
darryll darryn darsh darsirah darta dartono daru darul daruna darvin darwin darwish darwyn dary
darya daryani daryl daryle daryn das dasa dasey dasgupta dashawn dashenko dasher dashiell
dashkevich dasia dasilva dass dastageer datsenko datsyuk datta dattilo daubert daud daudi
daugherty daughtery daughtrey daughtry daulton daum daunte dautanec dautovic davalos davante
dave davern daves davey davi davian david davida davide davidenko davidivna davidova davidovich
davids davidson davidsson davie davies davila davimuka davin davina davion davis davison
davisson davitt davnet davodov davon davonta davonte davor davoren davorin davy davyd davydov
davydova davydovich daw dawes dawick dawid dawidczyk dawidek dawiec dawit dawkins dawley dawna
dawne dawson dawud dax daxton dayal dayamai dayami dayana dayanara dayar daye dayita dayle dayna
dayne dayse daysi dayton dayyaan daza dea deacair deacy deadaigh deadra deady deaganaigh deagha
deaghdha deaglan deak deakova dealba deana deanda deandra deandre deandrea deane deangelis
deangelo deann deanna deanne deante dearain dearbhail dearbhaile dearbhla dearborn deargain
dearing dearmada dearman deas dease deasia deasmhumhna deason deasy deatherage deaton deaueroux
deaver debbi debbie debbra debby debelic debeljak debera deberry debi deblois debnar debnarova
debniak deboer debolt debora deborah debord deborrah debose debosz debra debrah debroah debroux
debruyne debski decarlo decastro decebal deceuninck dechamps dechko decho dechyu decicco deckard
decker deckers deckert deckow declan declerck declercq declue decock deconinck decosta decoster
decoteau dede dedmon dedra dedric dedrick dee deeann deeanna deedee deedra deegadan deegan
deehan deel deeley deely deemer deen deena deeney deeny deepa deere deering deery dees deese
deeter deetta defalco defazio defelice defeo deflorina deford deforge defranco defreitas degarmo
degennaro degeorge deger degmeer degnan degraff degraw degroot degroote degryse degueldre
deguzman deha dehaan dehart dehaven deherrera dehmel dehn dehon dehoyos deiby deicy deid deide
deidra deidre deigan deignan deines deion deirbhile deirdre deirg deise deiseach deisigh deisy
deitz deividas dej deja dejah dejan dejardin dejesus dejneka dejohn dejon dejong dejonghe dejuan
dekeyser dekker dekys dekysova del dela delacerda delacruz deladoey delaere delafuente delagarza
delahaye delahunty delaine delana delancey delaney delannoy delano delao delap delapaz delapena
delargy delarosa delatorre delattre delaughter delaunay delbert delbosque delcastillo delcho
delcie delcourt delcroix deledda delekta delena deleo deleon deleu deleze delfin delfina delfino
delforge delfosse delgadillo delgado delhaye delhez delia deliah deliana delicia delikat delil
delila delilah delina delinda delisa delisle delk della dellar delle dellia dellie dellinger
dellucci delma delmar delmas delmer delmotte delmus delmy deloach deloatch delois deloise
deloney delong delora deloras delorenzo delores deloris delorme delorse delos delosreyes
delossantos deloughrey deloughry delozier delp delph delpha delphia delphin delphine delporte
delreal delrio delrosario delsie delton deltoro deltour deluca delucia deluga deluna delvalle
delvaux delvecchio delvigne delvin delwayo delwin delya delyan delyana dema demaio deman demanet
demarco demarcus demaret demaria demario demarion demars demartino dematteo demby demello demelo
dement dementev dementeva dementiy demers demery demeter demetra demetri demetria demetric
demetrice demetrio demetrios demetrius demeulenaere demeyer demeyere demi demian demianczuk
demid demidenko demidivna demidovich demilade deming demir demirbeyli demirbuken demirel
demirela demiriz demirok demiryurek demmendaal demmer demond demonte demoss demott demoulin
demps dempsey dempster demsar demus demuth demuynck demyan demyanovich dena denae denby dencho
dendy deneen deneka denes denese denesik deng dengg dengler denham deniandra denice deniel
denihan deniis denika denimir denine denis denisa denise denisha denislav denislavena denison
denisov denisova denisovich denisse denissov denita deniyan deniz denizalp denk denkel denker
denkiewicz denman denna dennard dennehy dennenberg dennett denney dennie denning dennis dennise
dennison denniston dennitsa denny densmore denson denton denver denys denyse denzel denzell
denzil deo deol deon deondre deonna deonta deontae deonte deoraidhin deorain depalma depasquale
depaul depaz depero depew depoorter deprez depriest deptuch depue depuy depuydt deqa dequan der
derald deramus derbal derdidas dereck deregus derek dereon derezic dergach deric derick derik
dering derkach derkaoui derkay derl derly dermody dermot dermott deroche deron derosa derose
derosier derouen derouiche derr derradji derrek derrell derrig derry derryberry derval dervilla
dervla derwin derya deryanur deryazhna deryazhniy derycke deryl derylo desai desalvo desantiago
desantis desbiens descamps deschamps deschenes descombes descoteaux desean deshanovska
deshanovski deshaun deshawn deshazo deshields deshmukh desho deshong deshotel deshpande
deshusses desi desiderio desilets desilian desilva desimilyana desimir desimone desio desir
desirae desiree desislav desiyana desjardins deskins deslauriers deslav desmarais desmedt desmet
desmond desoto desousa desouza despain despin despina despinka despres desrochers desroches
desrosiers dessa dessart dessel dessie dessy desta destany destefano destin destinee destiney
destini destry deszcz detaille detelin dethier detka detlef detlev detournay detra detrick detry
detti detweiler detwiler deutsch deutschmann dev devally devan devane devaney devanney devansh
devante devaughn devault devaux devdyuk deveau devecka deveckova deven devenney dever devereaux
devereux devers devery devi devika deville devillers devilly devin devine deviner devita devito
devitt devlin devoe devolder devon devona devonta devontae devonte devora devorah devore devos
devoy devriendt devries devyn dewaele dewald dewall dewalt dewan dewar deward dewayne dewees
deweese dewey dewez dewi dewilde dewitt dewitte dews dewulf dex dexter dey deya deyan deyanira
deyneka deyneko deyo deyoung deysun deze dezider dezso dezzie dhadho dhaibhidh dhaibhis dhaliwal
dhar dhawan dhe dhiarmada dhillon dhingra dhondt dhonncha dhonnchadha dhonnchaidh dhorchaidh
dhriti dhruv dhuarcain dhubhghail dhubhghaill dhuibh dhuibhir dhuinn dhuinneabhain dhuinnshle
dhuinnshleibhe dhuirnin dia diaconescu diaconu diaf diah diallo diamandi diamantina dian diana
dianah diandra diane diann dianna dianne diar diarmada diarmaid diarmuid dias diaz dib dibbert
dibenedetto dibiasi dicarlo dicie dicken dickens dickenson dickerson dickert dicki dickinson
dickman dickson dicus dicy dida didda didier didina didko didonato didovic didrik diebold
diederich diederik diedra diedre diedrich diego dieguez diehl diemer diener diep dierckx dierdre
dierick dierickx dierk dierking diesbach diesbergen diethard diethelm diether dietl dietlind
dietlinde dietmar dietrich dietz dieu dieudonne diez dif diffin diffley digby digdaya diggin
diggins diggs dighe digiacomo digiovanni digna dignan digregorio dijana dijck dijk dijkman
dijkstra dijon dijoux dikane diken diko dilan dilara dilare dilaver dilbeck dilcan dilder
dildora dildorova dildy dileo dilfeza dilhus dilja diljan dillan dillane dillard dille dillen
diller dilley dillie dillinger dillingham dillion dillman dillon dillow dilmana dilnoz dilnozova
dilnur dilnurova dilorenzo dilsad dilsat dilsitan dilworth dilyan dima dimaggio dimarco
dimartino dimas dimatteo dimaz dimba dimbane dimbani dimick dimitar dimitra dimitri dimitriev
dimitrieva dimitrievich dimitrina dimitrios dimka dimmbla dimmey dimmick dimond dimovska
dimovski dina dinabantu dinah dinamarca dinan dinangwe dinardo dincer dinckol dincsu dinda
dindela dindi dineen dinesh dinger dinges dingess dingila dingle dingman dingus dinh dinis
dinkel dinkins dinna dinneen dino dinorah dinsmore dinu dinwa dinwiddie diochain diochon diogo
diolain dioluin diolun diomasaigh diomedes dion dione dionicio dionigi dionisia dionisio dionna
dionne dionte dionun dionyz diop diorain diorio diothchain dipa dipaolo dipasquale dipietro
dippel dipta dircken direain dirican dirja dirksen dirlik dirnberger dirrane dirven disa disalvo
discin disdero disella dishman diskin dismas dismuke dismukes disney dison dissanayake distefano
dita ditmar ditschlerin ditte dittman dittmar dittmer dittrich divenney divil divina diviney
divizie diviziya divya dix dixie dixion dixit dixon dixson diya diyor diyora diyorayeva diyorov
dizdar dizon djamel djebbar djellal djellouli djordjevic djoudi djuana djuna dlaba dlabane
dlabazane dladla dlakadla dlakela dlamane dlambula dlamdaka dlamini dlamlenze dlangamandla
dlawuza dlebenkomo dlodlo dlomo dlubak dludla dludlu dlugajczyk dlugozima dlungwana dmitri
dmitriev dmitrieva dmitrievich dmitrievna dmitriy dmitriyivna dmitro dmitrovich dmitry dmoch doa
doak doan doane dobbelaere dobbin dobbins dobbs dobes dobler dobos dobosiewicz dobre dobric
dobrina dobromila dobromysl dobron dobroslav dobroslava dobrosz dobrowolski dobsinska dobsinsky
dobson doby docha dochartaigh dochia dochioiu docia dockery dockx docolomanska docolomansky
docquier dodd dodds dodie dodson doering doerr doesburg dofri dogan doganalp dogannur dogansah
dogg doggett doghair dogherty doglioni doguhan dogun doherty dohn doibhilin doighre doina
doingeard doirnin doiron dokkum dokova doktor dola dolain dolainn dolan dolby dolega dolenc
dolensoy dolezal dolezalova dolic dolinar dolinsek doliwa dolli dollie dollye dolores doloris
dolph dolphine dolphus dolun dom domagala domagoj domald domaldi domaldur domanski domantas
domas dombrowski domek domen domenech domenic domenica domenick domenico domenika domhildur
domhnaigh domhnaill domhnall domhnallain domian dominczak dominga domingo domingos domingue
domingues dominguez dominic dominica dominick dominik dominika dominikovic dominique dominkovic
dominque dominquez dominy dominyka dominykas domitila domka dommelen domnica domon domonique
domowicz domurad domzal dona donaciano donagh donagher donaghy donahoe donahue donaire donal
donald donaldson donaldur donaoile donarelli donat donata donatas donatella donatello donati
donato donatoni donavan donavon doncabe doncevic donchadha donchu donda dondre donegan donell
donella donelson doner dones donetta donette donev doneva doney dong dongen donghaile dongoran
donia donie donika donini donis donita doniyor doniyorov donkor donley donlon donmez donn donna
donnabhain donnacha donnagain donnain donnan donnay donncha donnchadha donnchaidh donnchu
donndhubhartaigh donndubhartaigh donnell donnellan donnelly donner donnetta donnette donnghaile
donnghusa donnie donny dono donofrio donoghue donoho donohoe donohue donoso donough donovan
donta dontae donte dony donya doody dooey doogan doohan doolan dooley doolin doolittle dooly
dooren doorhof doorn doornhem doorty doppler dor dora dorado dorai doralisa doran dorathea
dorathy dorawa dorazio dorcas dorcha dorchaidh dorchaidhe dorchaigh dorchain dorcus dordain
dordan dore doreatha doreen dorel dorene doretha dorethea doretta dorey dorfer dorfman dorgan
dori doria dorian doriana dorie dorien dorin dorina dorinda dorine dorinel doring doris dorit
dorita dority dorka dorko dorkova dorla dorle dorli dorman dorn dorna dornan dorner doroba
dorobek dorobisz dorociak dorofeev dorofeeva dorofeevich dorofey doronin doronina doroszkiewicz
doroszuk dorot dorota dorotea doroteja dorotha dorothe dorothea dorothee dorothy dorotova
dorottya dorova doroz dorr dorrian dorris dorsainvil dorsch dorschner dorsett dorsey dorsman
dortch dorte dortha dorthe dorthea dorthey dorthy dorton doru doruch dorukhan dorynek dosha
doshi doshia doshie dosia dosotheus doss dossett dossetti dossi dossie dosta dostal dostalova
doster dostert dostie dotsenko dotson dottie doty doucet doucette doud doudigan doug dougan
dougherty douglas douglass doumbia doumont dounia douthit douthitt dovara dover dovie dovile
dovud dovudov dovydas dow dowd dowdell dowden dowdle dowell dower dowerg dowey dowler dowley
dowling downar downard downes downey downie doyinsola doyka doyle doyon dozier draaisma drabczyk
draeger draga dragan dragana draghi dragica dragicevic dragitsa drago dragobratovic dragojevic
dragos dragutin drahomir drahomira drahoslav drahoslava drajat drajna drajnova drakeford
drakulic drandic drapeau draper draughn drauma draumey draupnir draus draven draxler drayton
drazen drazic drazyk dreama drees dreher dreiling drej dreki drela drema drengur drenka drennan
drennen drennon drenthe dressler dreszer dretvic drewa drewes drewicz drewnik drewniok drewry
drews drexler dreyer drgas drian driesen driessche driessen drifa driggers driggs drilon
drinkard drisceoil driscin driscoll drishlov driskell driskill drita driton drobakha drobek
drobik drobisz drobna drobniak drobnik drobny drobot drochain drofn droguett drohan droighneain
drolet droma drona dronaidhe droney droplaug droppa droppova dros drost drotar drotarova drott
drouin droz drozd drozda drozdenko drozdov drozdova drozdowicz drozdzal drozdziel drozdzik
druachain druart drubin drucilla drucker drumheller drumm drummond drummy drury drusilla druso
druszcz drwiega dryden drye drygala drygas dryka drynda drysdale drywa drzal dua duah dualeh
duan duane duarcain duard duarte duba duban dubandlela dubas dubay dubazane dube dubel dubenko
dubey dubha dubhabhoireann dubhagain dubhaigh dubhain dubhartaigh dubhchain dubhda
dubhdabhoireann dubhdhain dubhgain dubhghaill dubhlaigh dubhlain dubhlainn dubhlaoich
dubhluachra dubhradain dubhshlaine dubhthaigh dubhuidhe dubik dubin dubina dubis dublin dubnicka
dubois dubose dubovecak dubovska dubovsky dubreuil dubuisson dubuque duby duc ducharme duchene
duchesne duchnik duckett ducksworth duckworth duclos ducu duczek duczmal duda dudala dudas
dudash dudczak dudek dudekova dudik dudikova dudka dudko dudkova dudkowiak dudley dudo dudok
dudokova dudova dudzicz dudziec duell duenas duerr duez dufa dufault duffey duffield duffin
duffy dufgus dufie dufour dufrane dufrasne dufrene dufresne dufthakur dugain dugal dugan dugar
dugas dugfus duggan dugger duggins duguay duha duhamel duhart duhig duhon duhy dui duibhealla
duibheannaigh duibhfhinn duibhgeadain duibhgeannaigh duibhgeannain duibhghealla duibhghiolla
duibhginn duibhin duibhinn duibhir duibhleanna duibhlearga duibhne duibhthe duigeannaigh duignan
duigneain duilearga duilio duilleain duineacha duinn duinneacha duinneachain duinnin duinnlei
duinnshle duinnshleibhe duinsmearach duirnin duithche duivenvoorde duivenvoorden dujardin duje
dujmovic dukada dukat dukic dula dulaigh dulak dulaney dulas dulbecco dulce dulchaointigh dulcie
dulemba dulewicz duley dulik dulin dulla dullova dulohery dulova duma dumais dumakude dumala
dumanli dumas dumin dumina dumins dumisa dumisani dumisile dumitra dumitrana dumitrescu dumitru
dumond dumont dumortier dumoulin duna dunadhaighe dunagan dunai dunaighe dunain dunal dunaway
dunbar duncain duncan dundaralp dunfee dunford dungan dunge dunham dunia duniec dunigan dunja
dunkel dunkelberger dunkin dunkle dunkley dunlaing dunlap dunleavey dunleavy dunlop dunmire dunn
dunne dunnigan dunny dunphy dunser dunshleibhe dunson dunston dunton dunurta dunworth dunya
dunyamali dunyo dunyoeva duodo duong duplessis dupliy dupont dupre dupree duprey dupuis dupuy
duque duquesne duquette durab duracan durai duran durand durant durante duras durasevic durazo
durbin durca durcain durchain durco durcova durczok durdali durdane durden durdica durdik
durdikova durdinets durdona durdonova durdu durek durekova durell duren durfee durgadin durgan
durgin durham durica duricova durieux durinic duris durisova durka durkan durkee durkin durko
durkovic durkovicova durkovska durkovsky durlak durlej durlik durlovska durlovski durma durmus
durmusali durna durnan durnin durning durnise duro durodola duron duroux durova durovic
durovicova durovsky durovskyova durr durrani durrant durrell durrett durrihy durrusehvar
dursadiye durso durst dursun duruk duruoz durward durwood dury duryea durys dusa dusan dusanka
duse dusek dusekova dushan dushka dusicka dusickova dusik dusikova duska dusko duskova dusova
dussart dussault dussen dustan dusti dustin dustyn duszczak duszczyk duszkiewicz dutcher dutil
dutka dutko dutkova dutra dutrieux dutt dutta dutton duuk duval duvall duvan duvancic duvanel
duvenvoirde duvivier duwayne duyaza duyen duyguhan duyvenvoorde duze duzy dvalinn dvojak dvonc
dvoncova dvorak dvorakova dvorska dvorsky dwain dwaine dwala dwamena dwan dwana dwane dwayne dwi
dwight dwivedi dworczak dworniczak dwyane dwyer dyachkov dyachkova dyal dyan dyar dybal dybas
dybiec dybka dycha dyck dycus dyczko dyda dydak dydo dyess dyja dyjach dyjas dyka dykas dykstra
dylak dylan dylano dylik dyllan dylon dylong dymarczyk dymphna dympna dynak dynia dyrborg dyrek
dyrfinna dyri dyrleif dyrley dyrmundur dyrunn dys dysart dyson dyszkiewicz dyszy dytko dytrych
dyukyana dywan dzapo dzene dzenis dzezov dzhana dzhaner dzhanko dzhikhad dzhinevra dzhogov dzhon
dzhuliya dzhun dzhus dziadkiewicz dziadkowiec dziadowicz dziadura dziala dzialak dzialo
dziarmaga dziczek dzidek dzidra dziduch dziechciarz dziedzic dziedzina dzielak dzienis dzienisz
dzienniak dzierwa dzierzak dziewa dziewior dziewit dzieza dzika dzikiewicz dzindra dzintars
dzintra dziob dziopa dziuban dziuda dziugiel dziurdzia dziurla dziwak dzurjanin dzurjaninova
dzwonnik dzyuba eachaidh eachain eachmharcaigh eadaoin eaddy eades eads eady eagan eaglin eain
eakes eakin eakins eakumbu ealanaidh ealey ealy eames eamon eamonn ean eanaigh eanes eanna
earhart earle earlean earleen earlene earles earley earlie earline earnestine earp eartha
earwood easboig easley eason easter easterday easterling easterwood eastin eastland eastman
easton eastridge eastwood eathel eatmon eaton eavan eba ebba ebbe ebbi ebbie ebdul ebdulrehmanli
ebel ebeling eben ebeneser ebenezer eber eberg eberhard eberhardt eberhart eberharter eberl
eberle eberly ebersole ebert eberth ebling ebner eboni ebonie ebonney ebuakil ebuka eby
ecaterina eccles eccleston ecebnaz ecegul ecemis echavarria echevarria echeverria echols eck
eckard eckart eckbauer eckehard eckenrode ecker eckert eckhard eckhardt eckhart eckhoff eckles
eckley ecklund eckman eckstein eco ecrin ector eda edalet edaviye edberg edd edda eddah eddie
eddings eddington eddins edel edelbert edelen edelgard edelman edelmira edelmiro edelstein
edeltraud edeltraut edeltrud eden edenfield edens eder edgar edgaras edgard edgardo edgardovich
edgarovich edgars edgerton edgin edgington edgubay edhitha edi edibe edick edie edier edil
edilberto edilma ediloglu edilon edilson edin edina edinah edinger edington edinson edison
edisson edita edite edith editha edla edlinger edlund edman edmiston edmon edmond edmonds
edmondson edmonia edmonson edmund edmundo edmunds edmundson edna ednah edney edoardo edon edona
edouard edra edrie edris edryu edsel edson edstrom edu eduar eduard eduarda eduardivna eduardo
eduardovich eduardovna eduards edun edvald edvar edvard edvardas edvardsen edvardsson edvin
edvinas edvins edw edwar edward edwardo edwards edwin edwina edyth edythe eeckhout eelis eells
eelman eemeli eemil eerden eerenbeemt eerik eero eesaa eesha eetu eeva efe efemia efendiyeva
efendizade effa effertz effie efil efim efimena efimevich efimov efimova efimovich efimovna
efird efka eflatun efraim efrain efrem efremov efremova efremovich efren efrosiniya efser
efstafevich eftimia eftimie efua ega egal egan egbert egea egedia egenur egerton eggen egger
eggers eggert eggleston eggrun eggthor egidijus egil egill egils egisheim egla egle egli
eglinton eglite eglitis egon egor egorov egorova egorovich egorovna egzon egzona ehan ehed
ehlers ehlert ehliman ehmed ehmedli ehmedov ehmedzade ehrenfried ehrentraud ehrhard ehrhardt
ehrhart ehrlich ehsaas ehsan ehtel eibhir eibl eichberger eichelberger eichenberger eicher
eichhorn eichinger eichler eichmann eickhoff eidar eide eidny eidson eidunn eidur eidvile
eigenwillig eija eijaz eijkelboom eijndhoven eijssel eik eikar eil eila eiland eileen eilene
eilerman eilers eilfirt eilifur eilis eilish eimantas eimear eimer eimhear einar einari
einarsson einaudi einbjorg eindis einer einey einfridur einhildur einina einir eino einrun
einthor einvardur eir eira eiravati eirdis eirfinna eirik eirika eirikur eirny eirun eischen
eisele eisen eisenberg eisenhauer eisenman eisl eisner eiteagain eitel eithan eitheagain eithel
eithne eivers eivin eivind eivor eja ejaz ejder ejlaal eka ekai ekaja ekal ekalinga ekani ekansh
ekanta ekantika ekapad ekaraj ekaterina ekavir ekbal ekber ekberg ekberova ekberzade ekdahl
ekelund ekene ekeno ekert ekholm ekidor ekim ekiru ekitela ekiya ekkehard ekkehart eklof eklund
ekman ekmel eko ekow ekrem ekstrand ekstrom ekta ektar ektavon ektor ekundayo ekundu ekwueme ela
eladia eladio elaf elaina elaine elam elamin elamiye elana elane elanor elariz elatli elayne
elba elberg elbert elberta elberts elbertse elbridge elby elcin elcira elcy elda eldar eldarovna
eldberg eldbjorg elden eldeniz eldey eldgrimur eldjarn eldlilja eldmar eldon eldor eldora eldred
eldredge eldridge eldrun eldur elea elean eleanor eleanora eleanore elease eleazar electa eleina
elekber elekberli elekberzade elektra elektron elemag elemer elena elenborg elene eleni elenitsa
elenko elenor elenora elenore elentinus eleodoro eleoneta eleonor eleonora eleonore elert
elesger eleuterio elex eley elfa elfar elfi elfida elfie elfradur elfreda elfrieda elfriede
elfur elgie elgin elgueta elgun elhan eli elia eliabeth eliakimu elian eliana eliane elianna
elias eliason eliassen eliasson elibeyli elibeyov elicia elick elida elidia elie eliecer
eliekrem elien elieser eliette eliezer elif elifnur elifova eliga eligah elige eligia eligio
elihu eliisa elijah elimar elin elina elinbergur elinbet elinbjorg elinbjort elinborg elindis
eline elingunnur elinheidur elinmundur elinor elinore elinros elio elioglu eliona eliot eliott
eliros elis elisa elisabet elisabeta elisabete elisabeth elisabetha elisabetta elisaveta
elisberg elise eliseev eliseeva eliseevich eliseo elisey elisha elisiya eliska elissa elita
elitsa eliud elixanli eliyeva eliz eliza elizabet elizabeta elizabete elizabeth elizade elizah
elizalde elizar elizarovich elizaveta elizbeth elize elizebeth elizondo elka elkana elke elkin
elkins elko ella elladio ellamae ellan ellar ellard elle elledge ellen ellena ellenberger
ellenburg ellender eller ellerbe ellert ellery ellett elley ellezoglu elli elliana ellidi ellie
ellin ellinger ellingsen ellingson ellington ellinor elliot elliott ellis ellisif ellison
ellsworth ellwart ellwood elly ellyn ellzey elma elman elmar elmars elmasry elmeddin elmer
elmeri elmidar elmina elmir elmira elmire elmo elmore elmyra elna elnare elnora elnur elnure elo
eloa eloah elodia elodie elof elofsson eloi elois eloisa eloise elon elona elonzo eloranta
elorza elosy elouise elove eloy elphas elpidio elrod elroy els elsa elsabet elsad elsayed
elsbeth elsebeth elsemulder elsen elsenaar elser elsever elsi elsie elsner elson elston elswick
elsworth elsy elta elton elturan eluh elva elvan elvana elvar elver elvera elvi elvia elvie
elvin elvina elvira elvire elvis elvy elwanda elwart elwell elwin elwira elwood elwyn elxan ely
elyas elyse elyssa elza elzada elzas elzbieta elzie elzy ema emal emaline eman emanoil emanuel
emanuela emanuele emanuella emanuelli emanuelly emanuelsson emanuil emanuila emard emas embden
emberton embla embree embrek embrey embry embuh emeka emelda emelia emeliana emelie emelina
emeline emely emelyan emelyanov emelyanova emelyne emer emeralda emerick emerita emerson emert
emese emett emiel emig emigdio emiko emil emilce emile emilee emilia emilian emiliana emilianna
emiliano emilie emilien emilija emilio emilis emiliya emiliyan emilly emils emilse emilsson
emily emin emina emine eminov emirli emiro emirov emirova emirsan emis emma emmaculate emmah
emmalee emmaline emmanuel emmanuelle emmanuil emmelen emmen emmer emmerich emmert emmet emmett
emmi emmie emmit emmitt emmons emmy emogene emond emong emory emperatriz empluk emran emre
emrich emrick emrullah emry emuria emy ena enar encarna encarnacion encarnita encho encina
encinas enciso enda endah ender enders endicott endo endra endre endres endrit endrizzi endsley
ene enea enedina eneida eneka enes enfes eng engberg engdahl engebretson engel engeland
engelbert engelbrecht engelen engelhardt engels engen enger engilbert engilbjartur engilbjort
engiljon engill engilrad engilros engin enginiz engl engla england engle englebert englehart
engleman engler englert engles english englund engman engram engstrom engvall enid enika eniko
eniola enis enith enitsa enja enloe enlow enna ennio ennis enno eno enoch enochs enock enok
enola enos enri enrico enright enrika enrique enriqueta enriquez ensar ensari enschot ensio
ensley ensminger ensor enteng entiqe entrekin entringer enver enya enyu enzi enzinger enzio enzo
eochadha eochagain eochaidh eochain eoff eoghain eoghan eoin eoinin eola eothach eowyn ephantus
ephraim ephram ephriam epifan epifania epifanio epley epling epp epperly epperson eppie eppinger
epps epsie epstein eral eraldo eraslan erasmo erasmus erast erastus eraycan erazo erb erbay
erber erbil erby ercan erceg ercegovic ercihan erdal erdemer erdibay erdman erdmann erdmute
erdogan erdursun eredin eregae erem eremeevich eremey eremia eremiya eren erenalp erensoy eres
ergana ergener erginel ergonul ergotic ergul ergun erhard erhardt erhart erhout eric erica
erices erich erick ericka ericksen erickson ericson ericsson erie erik erika erikas eriks
eriksen erikson eriksson erin erina erincer erinn erion eris erjavec erkan erkilic erkinel erkki
erkkila erksoy erla erlacher erland erlandson erlandsson erlar erle erlen erlendur erlene erler
erlin erlinda erline erling erlingur erm erma ermakov ermakova ermanis ermanno ermelinda
ermenegildo ermes ermil ermilovich ermilya ermina erminia ermolaevich ermolay ermutlu erna
ernest ernestas ernestina ernestine ernesto ernests erni ernie ernir ernits erno ernser ernst
erny erofeevich erofey erogul erol eron eronen eroz erpelding erpur errani errigo errol ersat
ersec ersek ersel ersen ershov ershova erskine ertan ertas erten ertl ertogrul ertun ertuncay
erupe erva ervaniye erve ervin ervine erving erwan erwin eryildiz eryk erykah eryn erzen
erzsebet esa esau esben escalante escalera escalona escamilla esco escobar escobedo escolano
escoto escribano escriva escudero esekiel esekon esen esenbay esengun esenturk esequiel esfahani
esfandyar esger esgerli esgeroglu esgerov esgerova eshan eshana eshelman esi esila esim esinyen
esja esjar eskelinen esker eskew eskil eskinalp esko eskola eskridge eslemnur esley eslick
eslinger esma esmanperi esmarelda esmee esmer esmeralda esmira esna esneider espada espana
espanol esparta espartaco esparza espejo espen esperanza espinal espino espinosa espinoza
espiridion espiritu espitia espolin esposito esqueda esquibel esquivel esra esref essa essary
esser essex essi essie esson esta estabrook estay este esteban estefan estefana estefani
estefania estefany estel estela estell estella estelle estep estepp estera esteri estes estevan
esteve esteves estevez estey esther estiawan estie estill estiono estiva estiven eston estrada
estrella esupofo eszter etela etelka etelvina eterovic etha ethan ethel ethelbert ethelene
ethelyn ethen etheredge etheridge ethie ethier ethna ethne ethridge ethyl ethyle etibar etien
etienne etiqad etizaaz etna etsuko etta etter ettie ettinger ettore etyang etzler etzold euan
eubank eubanks eudora eudy eufemia eufrosina eugen eugena eugene eugenia eugenie eugenio eugine
eugster eula eulah eulalia eulalie eulogio eun euna eunan eunice eunika euphemia eura eure eury
eusebia eusebio eusebiu eustace eustaquio eustatiu eustolia eutimio eutropio eva evald evaldas
evalds evalena evaline evalyn evalyne evamaria evan evance evander evangelia evangelina
evangeline evangelista evangelos evanghelina evanoff evans evaristo evcimen evde evdokim
evdokimov evdokimova evdokiya eveland evelena evelia evelien eveliina evelin evelina eveline
evelingen evelio evelyn evelyne evelynn evensen evenson evequoz everaert everde everet everett
everette everhart everitt everline everly everlyne evers eversole everson evert everts evertt
evette evey evfemia evfrosiniya evgenevna evgenia evgeniy evgeniya evgraf evi evia evie evija
evita evlalia evlampiy evon evonne evoy evpraksiya evrard evridika evrim evrimer evropovkirilov
evseev evseeva evseevich evsey evstafiy evstakhiy evstati evstatiy evstigneevich evstigney evtim
evy ewa ewald ewan ewart ewatomi ewelina ewell ewen ewert ewin ewing ewoi exa exequiel exie
exley exposito exum eyanae eyberg eybjorg eybjort eybozhenko eydan eydis eyfridur eygerdur eyglo
eyhildur eyhlid eyja eyjalin eyjolfur eylaugur eyleif eyleifur eyler eylin eylisli eymar
eymundur eynde eyre eyrikur eyros eyrun eysteinn eythor eythora eythrudur eyvar eyvazali eyvazli
eyveig eyvik eyvindur eyvor eyyub eyyup eze ezekiel ezell ezequiel ezeugo ezgin ezgutekin
ezimzade ezinne ezio ezra ezzard ezzell faas fabbri fabela faber fabia fabian fabiana fabianczyk
fabianova fabien fabienne fabijanic fabio fabiola fabiszak fabiyana fabra fabre fabregas
fabregat fabrice fabricio fabrisius fabrizi fabrizia fabrizio fabry fabus fabusova fac fachtna
facundo fadden fadeev fadeeva fadeevich fadekemi fadel faderera fadey fadi fadian fadil fadila
fadile fadime fadipe faduma fae faes faferek fafnir fagain fagan fager fagerstrom faggiani
fagiani fagotto fagundes fagunwa fahad fahari faherty fahey fahmi fahrullah fahy failbhe faina
fainche faiq fairbanks faircheallaigh fairchild faircloth fairfax fairfield fairhall fairley
fairman faisa faisal faison faivre faizah faizan faize fajardo fajimi fajnor fajnorova fakazi
fakude fal falabi falak falan falba falco falcone fales faleti falgeir falgoust falgout falguni
falier falk falki falkner falko fallaci fallamhain faller fallin fallis fallon falloppio falon
faloye faltyn falur falvey fami famil famile famula fanaka fancher fanelli fanisa fankhauser
fann fannar fannberg fanndis fanney fanngeir fanni fannie fannin fannlaug fannon fannye fant
fantini fantoni fantozzi fanucci faodhagain faoite faolain faqid farago farah faraj faraja
faranain faranda farangiz farangizova faras farber farell farenyuk farhad farhan farhiya farhod
farhodov farhunnisa faria farias farid farida farijika farinelli fariq faris farish fariz fariza
farizayeva farizov farkas farkasovska farkasovsky farland farley farlow farnan farnaz farner
farnese farnham farnon farnsworth farnum faron farouk farov farquhar farr farragher farrah
farrand farrar farre farrell farrelly farren farrer farrington farrior farris farrish farrissey
farrissy farry farta fartushnyak faruga faruk farwell faryna farzana farzona farzonova fasano
fasasi fasching fasiang fasiangova fason fassett fastenko fatha fathaigh fatharta fathartaigh
fathonah fatigul fatih fatiha fatihe fatima fatimah fatime fatinur fatma fatmanur fatmir fatmire
faton fatoumata fatteh fattori fatuma faucett faucette faucher fauconnier faught faugno faulk
faulkner faull faundez faure faust faustas faustina faustino fausto fava favata favela faviola
favre fawcett fay faye fayette fayize fazekas fazil fazio fazli fazul feagin fealy fearachain
fearachair fearadhaigh fearain fearchair feardhaigh feargal fearghail fearghaile fearghaiosa
fearghal fearghusa fearon fearrai fearraidhe fearraigh feaster featherston featherstone febe
febi februn febus fechant fechner fecteau fedak fedde fedele feden feder federica federici
federico federigo fedir fedor fedorczyk fedorivna fedorov fedorova fedorovich fedorovna fedoseev
fedoseeva fedoseevich fedosevich fedosiy fedot fedotov fedotova fedotovich fedyk feehan feeley
feely feeney feenstra feeny feest fegan fehan feher fehilly fehim fehintola fehmin fehmiye fehr
fehringer fei feichin feichtenschlager feichter feichtinger feichtner feiereisen feighery feigl
feijoo feil feinberg feinen feinneadha feinstein feirtear feisal feist feith feithin fekete
fekla felan felban felber feld feldek feldekova felder feldman feldmann felecia felica felice
felicia feliciana feliciano felicidad felicie felicien felicita felicitas feliks feliksiak
feliksovich feliksovna feliniak felipa felipe felisa felisha felisiak felista felister felistus
feliu felix feliz felizitas felker fella fellah fellers fellinger fellman fellner felten feltgen
feltman feltner felton felty feltz feltzer felus fema femke fenderson fendley fenelon fenerov
feng fengur fenighty fenlon fenn fenna fenne fennell fennelly fenner fennessey fenni fenning
fenrir fenske fenton fentress fenwick fenya feodosevich feofan feofanivna feofanovich feoktist
feoktistovich ferahdiba ferahim ferapont ferat feraye fercher ferd ferda ferdi ferdinand
ferdinando ferdyn ferebee ferecov feremez ferenac ferenc feret fergal fergerson fergus ferguson
ferhad ferhan ferhat ferid feride feriel ferihan ferinaz ferland ferm ferman fermi fermin
fermina fermuta fernand fernanda fernande fernandes fernandez fernando ferne ferney ferny feron
ferqane ferrabosco ferrada ferragamo ferragni ferran ferrand ferrandez ferrandiz ferrando
ferrante ferranti ferrara ferrari ferraris ferraro ferrata ferrazzi ferre ferree ferreira ferrel
ferrell ferrer ferrera ferreras ferrero ferretti ferreyra ferri ferrier ferrin ferris ferriter
ferro ferrucci ferrux fersan ferstl fertram feruza feruzova feryas ferzi fesenko fessler festa
festus fetterman fetty fetullah fetzer feven fevroniya fewell fexreddin fexri fexriyye feyder
feyha feykir feyruz feys feyyaz feyzin feza fezail fhailghigh fhaolain fhearadhaigh fhearchair
fheargail fhearghail fhearghaile fhearghusa fhearraigh fheorais fhiachra fhinn fhinneachtaigh
fhinnein fhionain fhionghuin fhionnachta fhionnachtaigh fhionnghaile fhionnlaich fhionnlaoich
fhionntaigh fhiontaigh fhir fhlaithbheartaigh fhlaithimh fhlannagain fhlannain fhlannchadha
fhloinn fhogartaigh fhualain fhuallaigh fia fiacha fiachain fiachna fiachra fiaich fiala fialova
fiamma fiannachta fiannachtaigh fiannaidh fiannaidhe fiannaigh fibikemi fibonacci fica ficho
fichtinger ficino fick ficner fico ficon ficova fidan fidaye fidel fidela fidelia fidelis
fidelma fidencio fides fidler fidor fidos fidura fidvi fiebig fiedler fiedorczuk fiedoruk fien
fiene fieramosca fiere fierek fierens fierro fifa fifer fifield fifill figaro figat figheadora
figueiredo figueras figueroa figuerola fihlela fiifi fijak fijalek fijol fik fikayomi fike fikes
fikiya fikret fikretoglu fikus filak filali filangieri filar filaret filas filatey filatov
filatova filatovich filban filbin filc filcho filcova fildan filek filer fili filiberto filidan
filiks filimon filimonovich filion filip filipa filipas filipcic filipe filipek filipekova
filipenko filipia filipic filipini filipko filipkova filipopol filipova filipovic filipp filippa
filippelli filippia filippini filippo filippov filippova filippovich filippovna filippus filit
filiz filkins filko fillion fillmore filo filofteia filogamo filomena filomir filus filusz filzi
fimar fimka finan finbar finbarr fincham fincher finck findlay findley findo finegan finetti
finian finka finkbeiner finke finkel finkelstein finkle finklea finkova finlay finley finn finna
finnbjorg finnbjork finnbjorn finnboga finnbogi finnborg finndal finndis finneachta finneadha
finnegan finnell finneran finnerty finney finnfridur finngeir finnjon finnlaug finnlaugur
finnros finnthighearn finnucane finnur finnvardur finola finotto fintan finucane finzi
fiodhabhra fiodor fiol fiolek fiolka fiona fionan fionartaigh fionna fionnachta fionnachtaigh
fionnagain fionnain fionnallain fionndhubhcain fionnghaile fionnghalaigh fionnghusa fionnlaoich
fionnmhacain fionntain fionntan fionnuala fionnula fioravanti fiore fiorella fiorentino fiorenzo
fiorino fiorucci firat firbhisigh fircho firdavs firdavsev firdevis firdovsi firengiz firestone
firgantoro firman firmansyah firmin firo firtear firudin firuze fisch fischbach fischer
fischetti fiscus fiser fiserova fishback fishburn fishel fishman fisk fiske fisnik fita fitan
fitas fitch fitchett fite fithchealla fithcheallaigh fitim fitnat fito fitore fitria fitriani
fitrzyk fittipaldi fitts fitz fitzgerald fitzgibbon fitzgibbons fitzhugh fitzmartin fitzmaurice
fitzpatrick fitzsimmons fitzsimons fitzwater fiutak fiyaz fizer fizze fjalar fjalldis fjarki
fjodorov fjola fjolar fjolla fjolmundur fjolnir fjolvar fjornir flaas flabhain flaga flagg
flaherty flahive flaiano flaithbhearta flaithbheartaigh flaitheamhain flaithearta flaithimh
flaithimhin flaitile flament flammang flamur flanagain flanagan flanary flanders flanigan
flannabhra flannagain flannagan flannan flannchadha flannelly flannery flannghaile flannigan
flantz flarta flasza flathamhain flatharta flathartaigh flatley flatt flaugher flavia flavie
flavin flavio flaviu flaviya fleche fleckenstein fleda fleeman fleenor fleeta fleetwood flego
fleischer fleischhacker fleischman fleischmann fleisher flem fleming flemings flemming flesher
fleshman fleszar fleta fletcher fleur fleury flickinger flieger fliegner flinchum flink flinn
flippen flippo flisek flisiak flo floare floarea floch floinn floki flonnie floortje flor
florance flore florea florence florencia florencio florene florent florenta florentin florentina
florentine florentino flores floretta florez flori floria florian floriana floriane florica
florida floridor florie florika florim florina florinda florine florio floris floro florrie
flory flosi flossie flournoy flovent floy floyd fluckiger fluellen fluharty fluker flurin
flurina flynn flynt foa fobbs foch foconi fodhladha fodil fodor fofana fofie fogaca fogarta
fogartaigh fogarty fogas fogasova fogazzaro fogel fogg foghladha foghlu foghludha fogiel fogle
fogleman fogt foidl foit fojt foka fokich fokin fokina folake folan folashade folch folda folden
foletti foley folga folger folke folker folkert folkerts folkesson folki follett folliero follis
folmar folse folsom folta foltz folu foma fomenko fomich fomichev fomicheva fomin fomina fonck
fonda fondo fondren fong fonjallaz fonn fonseca fontaine fontana fontanez fontenot fontes
fonville foody foor foote forain foran forbes forbis forbush forcier forde fordham fordyce
foremniak forero foret forgac forgacova forgey fori foriwaa forjan forkin forma forman formbach
fornaciari fornalik forney forni forrest forrester fors forsberg forsell forsgren forslund
forsman forst forster forstner forsyth forsythe fortenberry fortier fortin fortner fortney
fortson fortuna fortunat fortunata fortunato fortuny fortuyn forysiak forza foscari fosdick
foser foshee fosil foskey foss fossberg fossett fossmar fossum fosu fosua foti fotima fotimayeva
fotinka fotiy foucart fouch fouche foucher foulk foulks fouquet fournier fouse foust fout fouts
foutz fouzia fowler fowlkes foxworth foxx foy foye foyle fracci fracz fraczkiewicz frado frady
fraga fragoso fraher frahm frailey frainclin fraire fraise fraizer frakes fraley fralick frami
frampton fran frana franas franaszek franca france francene frances francesca franceschi
francesco franch franchesca franchuk franci francia francie francies francillon francina
francine francis francisc francisca francisco franciscus francisek franciska francisquita
franciszek franck franco francois francoise francy franczuk frandsen franecki franek franekova
frania franiak franic franicevic franik franjic franjo franka franke frankel frankhuizen frankie
franklin frankline franklyn franko frankova frankow frankowicz franky frann frano franova frans
franscini fransen fransisca fransiska franssen fransson frantisek frantiska frants frantsislav
frantsivna frantz franusic franva franz franzen franzese franziska frar fras frase fraser
frasher frasier frasure fraszczyk fratsil frauke frausto frawley frazee frazer frazier freaney
frechette fred freda fredda freddie freddy frede frederic frederica frederick fredericka
fredericks frederickson frederico frederik frederika frederike frederikke frederiksen frederique
fredes fredette fredi fredia fredie fredo fredric fredrick fredricka fredricks fredrickson
fredrik fredrika fredriks fredriksen fredriksson fredy freeborn freeda freeland freeley freels
freeney freese freeth fregn fregoso frei freia freida freil frein freis freitag freitas freja
frelek frelich frema fremie fremont frenette frere frerichs frescobaldi freshour fresia fretwell
freudenberger freudenburg freudenthaler freund frew frey freya freybjorn freydal freydis
freygardur freygerdur freyja freylaug freyleif freymar freymodur freymundur freyr freysteinn
freythor freyvidur frias friberg fricis frick fricke fricks frid frida fridah friday fridberg
fridbergur fridbert fridbjorg fridbjorn fridbjort fridborg friddis friddora fridey fridfinna
fridfinnur fridgeir fridgerdur fridholm fridjon fridjona fridlaug fridlaugur fridleif fridleifur
fridley fridlin fridmann fridmar fridmey fridmundur fridny fridolin fridrich fridrik fridrika
fridrikka fridros fridrun fridsemd fridsteinn fridthjofur fridthor fridthora fridur fridveig
fridvin frieda friedbert friedemann frieder friederich friedericke friederike friedhelm
friedhilde friedhold friedl friedlander friedli friedlinde friedman friedo friedrich friehus
friel frierson friese friesen frigg frighil friis frimann frimer frimerova frimpomaa frimpong
frink frisbee frisbie frisby frisch friscic frison fritch frith frithile frithjof fritsch fritts
fritz frizzell frketic frode frodi frodmar frodny frodo froehlich frohlich froilan frol frolov
frolova frolovich fromm frommelt fron frona fronczek fronczyk fronia fronie fronka fronnie
froschauer froschl frosti frostros fruge fruhwirth frukacz frusina frutos fryar frycz frydel
fryderyk frydrychowicz frye fryman frymus frys fstk ftacnik ftacnikova ftorek ftorekova fuad
fuada fuadachain fualain fuallaigh fuarain fuarthain fuaruisce fucek fuchs fudalej fuente
fuentealba fuentes fuenzalida fuertes fuga fugate fugen fugiel fugo fuhrman fuhrmann fujiati
fujii fujimoto fujita fujiwara fuko fukuda fulara fularczyk fulawka fulbright fulcher fulford
fulgencio fulgham fulghum fuli fulk fulkerson fulks fullerton fullilove fullmer fullwood fulmer
fulop fulp fulton fults fultz fulvio fuma fumiko funches funderburg funderburk fundi funes fung
funi funke funkhouser funmilayo funnell fuqua fura furaigh furda fureder furey furga furgal
furgala furlan furlow furman furmankiewicz furness furr furrer furst furtado fusani fusco fuseli
fuselier fusi fuson fussell fuster futch futrell futyma fuzayl fuzaylov fuzuli fyda fydrych fye
fyfe fyffe fylkir fynn gaasch gaba gabadela gabaldon gabara gabba gabbana gabbard gabbert gabe
gabel gabela gabelko gabhachain gabhain gabhann gabhezi gabhisa gabhlain gabi gabin gabino gabka
gabler gabor gabriel gabriela gabriele gabrieli gabrielius gabriella gabrielle gabrielly
gabrielson gabrielsson gabriyelov gabrovlieva gabrych gabryel gabryelczyk gabryszak gabud gaby
gacem gachain gachanja gacheri gacheru gachoki gada gadang gadberry gadbois gadd gadda gaddis
gaddy gade gadhra gading gadlela gadsden gadson gaduh gadzala gadzina gaefa gaeflaug gael gaelle
gaeta gaetan gaetano gaete gaffney gafford gafraigh gagala gagan gagashe gaggini gagliano
gagliardi gagne gagnon gagys gahan gahleitner gaia gaiatto gaibhin gaibhre gaibhtheachain
gaiciunas gaida gaige gail gailey gailius gaillard gaillin gailliuin gailys gaiman gaine
gaineard gainer gaines gainey gairbhe gairbhia gairbhighe gairbhin gaiser gaitan gaither gaito
gaizauskas gaja gajardo gajcy gajda gajdzik gajewski gajowiak gajownik gajzler gakii galach
galagan galain galaj galak galaktion galan galang galante galar galarza galasso galat galaviz
galaz galbraith galbreath galdames galdikas galdur galeano galeati galek galen galentin
galenzone galesic galey galeza galgallo galgalo galiano galiazzo galic galica galicia galien
galih galijn galik galikova galilea galilei galimir galina galindo galiono galip galipeau
galiyan galkin galkina gallagher gallaher gallain galland gallardo gallart gallaway gallchobhair
gallchoir galle gallego gallegos galleguillos gallen galler gallet gallez galli galligan
gallimore gallion gallivan gallman gallo gallogly galloway gallucci gallup galo galon galos
galova galovic galtarossa galu galuba galuh galuppi galur galvan galvani galvarino galvez galvin
galvis galya galyean galyon gama gamache gamaliel gaman gamani gamanto gambill gambino gambira
gamblang gamblin gambo gamboa gambrell gambu gambuse gamede gamez gamhna gamhnain gammage
gammill gammon gammons gamon gamrat gamsjager ganaird gancho ganda gandara gandewa gandhi gandi
gandy ganep ganesan ganesh ganey ganga gangemi gangl gangsa gangsar ganguly gani ganim ganimete
ganislav ganiye ganjaran ganley ganly gann ganna gannaway gannon gano gans gant gantar gantsomir
gantt gantz ganutsa ganz gao gaoith gaoithin gaona gaora gapys gara garaidh garan garang garate
garavan garay garba garbaciak garbacik garber garbhain garceau garces garcia garczarek garczyk
gard garda gardar garde gardea gardella gardin gardiner gardner garduno garech gareth garett
garety garey garfield garg gargallo gargan gargano garibaldi garibay garica garima garlock
garman garmendia garmon garncarek garncarz garnes garnett garnica garnier garo garobbio garofalo
garold garozzo garpur garr garraghy garrahy garrard garren garreth garretson garrett garri
garrick garrido garriga garrihy garris garrity garrone garrow garry garst garth gartlan gartland
gartman gartner garton garvan garver garvey garvin garwood gary garza garzon garzoni gasa
gasaway gascon gasek gasela gashi gasienica gasik gaskill gaskin gaskins gasmi gaspar gaspard
gaspare gasparova gasparovic gasparovicova gasper gasperi gass gassaway gasser gassner gast
gastel gastelum gasti gaston gastone gasz gaszczak gately gatewood gathain gathogo gathoni gati
gatica gatimu gatis gatlin gatling gato gatot gatra gatsheni gatso gatson gatti gattis gatto
gatton gattringer gatwiri gaudet gaudette gaudin gaudreau gaudreault gaudyn gaughan gaui gauja
gaukur gaul gault gauna gaurang gaurangi gaurav gauri gaurika gause gautam gautami gauthier
gauthildur gauti gautier gautreau gautreaux gautrekur gautur gautvidur gauvin gavaghan gavalier
gavalierova gavan gaven gavenda gavendova gavican gavigan gavin gaviria gavornik gavornikova
gavriilovich gavrila gavrilenko gavrilets gavrilishin gavrilishina gavriliv gavrilivna gavrilo
gavrilov gavrilova gavrilovich gavrilovska gavrilovski gavrilyuk gavrish gavrishkevich
gavryushenko gavyn gawati gawliczek gawlowicz gaya gayathri gayda gaydabura gaydamaka gayday
gayden gaydenko gaydos gaye gayevska gayevskiy gayhart gayla gayle gaylen gaylene gaylon gaylor
gaylord gaymon gaynard gaynell gaynelle gaynor gaytan gayton gayvoronska gayvoronskiy gazaway
gazel gazmend gazo gazova gazu gbadebo gbolahan gbowoade gcaba gcaleka gcugcwa gcumisa gcwabe
gcwensa gda gealabhain gealagain gealbhain geanain geanina geannain geany gearabhain gearachaigh
gearailt gearain gearan gearchaigh geard geargain gearhart gearld gearldine gearoid gearty geary
gebashe gebauer gebhard gebhardt gebhart gebhezi gebre gebremedhin gebura geca gecho geddes
gedeon gederts gedeza gedi gediminas gedion geenen geens geer geeraerts geerling geert geerts
geertsen geest geeta geetika geffen gefjun gefn gegic gegotek geherty gehring gehringer gehrke
geib geibheannaigh geibhinn geidigh geier geiger geimhridh geir geira geirardur geirbjorg
geirdis geirfinna geirfinnur geirfridur geirhardur geirhildur geirhjortur geirhvatur geiri
geirlaug geirlaugur geirleifur geirlod geirmundur geirny geirolfur geirridur geirrodur geirrun
geirthjofur geirthrudur geirtryggur geirvaldur geis geise geisel geiser geisler geisli geissler
geist gejza gelabert geldens gelder gelemanovic gelemir gelengul gelinas gellemeyer geller gelli
gellir gelsomina gelu gema gemen gemert gemito gemma gemmill gemza gena genadi genadivaleriev
genadiy genaro gencaslan gencay gence genceli gencho gendek gendera gendreau gendron geneart
genechten genefaas genest geneva genevie genevieve genevive genevra gengeshe gengler genia
genislav genko genna gennadevna gennadievich gennadievna gennadiy gennadiyivna gennadiyovich
gennaro gennie genny geno genot genova genovefa genovese genoveva genta genthner gentiana
gentileschi gentili gentilini geo geodim geoff geoffrey geoffroy geofrey geoghegan geomil georg
georgann georganna george georgeann georgeanna georgel georgelena georgene georges georgescu
georgeta georgetta georgette georgi georgia georgian georgiana georgiann georgianna georgianne
georgie georgiev georgieva georgievich georgievna georgina georgine georgios georgitsa georgiy
georgiyivna georgiyovich geovanni geovanny gepa gera gerace geraci geraghty gerald geraldine
geraldo geralyn gerard gerarda gerardi gerardine gerardo gerardus gerarghty gerasim gerasimov
gerasimova gerasimovich gerassimov geraud geray gerber gercho gerd gerda gerdan gerdana gerdar
gerdes gerdi gerdur gerega geren gerena gereon gereta gerfried gerga gergan gergely gergelyub
gergey gergin gergo gerhard gerhardt gerhart gerhild gerhold geri gerke gerken gerlach gerlind
gerlinde germain germaine german germana germanivna germano germanovich germany gerner gernot
gero gerold gerolf geronimo gerow geroy gerrard gerri gerrit gerrits gerritse gerritsen gerry
gerson gerstner gert gerta gerth gertha gerti gertie gertraud gertraude gertraut gertrud
gertruda gertrude gertrudis gertrudovich gertude gertz gerus gervais gervasio gerwin gery gesa
gesare gesche gesho gesiarz gesine gessner gestel gestheidur gestny gestrun gestur geta getachew
getchell geter gethera getislav getka getko geto getrude getso getty getz geudens geuens gevaert
geyer geza gfeller ghaalib ghaazi ghabhann ghada ghaffaar ghafoor ghailing ghaith ghalib
ghaliyati ghalloglaigh ghamdi ghanee ghanem ghani ghannam gharbi ghasaan ghauth ghawth ghayoor
ghazalan ghazanfar ghazanfer ghazawan ghazi ghazzal gheimhridh ghenadie gheorghe gheorghita
gheorghiu gherbi gherghina ghilas ghille ghilleathain ghimire ghirr ghislain ghislaine ghita
ghiyaath ghiyath ghoerle ghoill gholson gholston ghorbani ghose ghosh ghuala ghufran ghulaam
ghulam ghunayn ghunna ghusharib ghusun ghutayf gia giacconi giacinto giacobbe giacometti giacomo
giada giammusso giampaolo giampiero gian giana giancarlo gianetti gianfrancesco gianfranco
gianina gianinazzi gianluca gianluigi gianmarco gianna giannelli giannetti gianni giannini
giannone giannotti giannuzzi gianpaolo gianpietro gianvecchio giardina gibb gibbs gibby gibert
gibilisco giblin gibne gibney gibson gica gichana gicheru gichka gichohi gichuhi gichuki gichuru
gicu giddens giddings gideon gidget giec giedre giedrius giedrojc giel gielen gierach gierak
gierasimiuk gierat gierek gieron giers gierschner giersz gies giese giesela giess gietka giezek
giffin gifford gifty gigaba giger gigi gigja gigjar gigli giglio gigliotti giguere gijs giko
gikonyo gil gilabert gilang gilani gilardoni gilbane gilbert gilberte gilberto gilbertson
gilbreath gilbride gilchrist gilcrease gilda gildardo gildea gilder gildersleeve gildroy gilduff
gile giles gilewicz gilford gilgunn gilhooly giljan gilkey gillain gillam gillan gillard
gilleathain gilleland gillen gillenwater gilles gillespie gillet gillett gillette gilley gilliam
gillian gilliard gillic gillick gillie gillieron gillies gilligan gilliland gillin gillis
gillison gillispie gilliuin gillman gillooly gillum gilly gilma gilman gilmar gilmartin gilmer
gilmore gilmour gilpin gilreath gilroy gils gilsenan gilsfjord gilslaug gilson gilstrap gilyard
gimbel gimenez gimeno gina ginder gindl ginea giner gines ginese ginesio ginette ginevan ging
gingerich gingras gingrich gininda ginkel ginn ginnea ginneadha ginneke ginnitty ginnity ginny
gino ginsberg ginsburg gintalas gintare ginter ginty ginyas ginzburgas gioacchino gioachino
giobalain gioballain gioberti gioblain giobuin giobun gioele gioffre gioia giolitti giolla
giollagain giollain giollarnath giollarua giollaruaidhe gion gionain gionata gionnachtaigh
gionnain giontaigh giordano giorgetti giorgia giorgian giorgiana giorgio giosue giovani giovanna
giovanni giovanny giovine gipe gipson giradello giraldo giralt girard girardi giraud girik
girindra girish girma girolamo giron girona girouard giroux girschner girtha girvan gisa gisbert
gisela gisele giselle giselmeyer gish gisla gislason gisley gisli gislina gislinde gislny
gislrun gislunn gisselle gissunn gissur gita gitahi gitari gitau githaiga githinji gitonga gitta
gitte gittens giulia giuliana giuliano giulietta giulietti giulio giunti giuseppa giuseppe
giuseppina giusti giustino givern giveza giz giza gizdalen gizdana gizela gizella gizem gizur
gjaflaug gjorche gjorgi gjorgiev gjorgieva gjorgjievska gjorgjievski gjuki gladis gladka gladney
gladstone glady gladyce gladys glafira glaibhin glaimhin glaisne glanc glantz glapiak glasain
glasco glaser glasgow glasnovic glasper glaspie glasscock glasser glassman glatz glauco glaude
glavan glavin glavor glayds glaza glazer glazik glbitsa gleannain gleason gleasure gleb gleba
glebovich gledhill gleeson glegola gleichner glenc glenda glendon glendora glenka glenn glenna
glennie glennis glennon glenwood glenys glessner gliasain glibivna glibovich glica glick
glickman glidden glidewell gligora gligorov gligorova glinda glines glineur glionain glionnain
glisson glo gloa globjort glod gloden glodis glodt gloey gloi gloin gloinn gloinne glonek gloor
gloria glosteir gloster glover glowacki glowiak glowienka glownia gluck glumur gluszko glynda
glynis glynn gmeiner gmur gmurczyk gna gnarr gnatz gneisti gniewek gnimh gnodde gnupur gnurr
gnyp gnyr goa goba gobain gobeil gober gobert gobhann gobhozi goble gochenour gocnik gocnikova
goda godana godard godart godbey godbolt godbout goddard godec godefroid godelieva godelieve
goderts godet godfrey godfroid godi godide godin godines godinez godinic godley godmundur
godofredo godoy godsey godunok godwin godyn godzik godzisz godzwon goebel goedert goedhart
goehring goel goerens goergen goerle goethals goethem goetz goetzinger goff goffaux goffin
goffinet goffredo goforth gogacz gogain gogan gogarty goggans goggin goggins gogo gogol gogola
goguen gohar goi goibin goicoechea goik goilin goill goillidhe goin goines goins goireachtaigh
goj goje gok gokay gokbudun gokce gokcebalan gokcil goken gokey gokhale gokhan goknur gokov
gokperi goksev gokten gola golak golan golas golczyk golda goldberg goldenberg golder goldfarb
goldia goldie golding goldman goldner goldoni goldrick goldsberry goldschmidt goldstein goldston
gole golek golenia golgi goli goliasz golightly golik golino golisz goliszek goll golla gollain
gollan golliday gollner gollum golnar golob goloborodko golofit golon golonko golos golota
golson golub golubev golubeva golubic golus golyash goma gomboc gomes gomez gomila gomis gomola
gomula gona goncafer goncalo goncalves gonen gonet gongora goni gonsales gonsalez gonsalves
gonsior gontsarov gonul gonyea gonzaga gonzalas gonzales gonzalez gonzalo gooch goodale goodall
goode goodell gooden goodfellow goodin gooding goodlett goodloe goodman goodner goodrich
goodridge goodrow goodrum goodsell goodson goodspeed goodwin goodwyn goodyear goolsby goossens
goovaerts gopal goraj goral goran goransson gorazd gorbachev gorbacheva gorbunov gorbunova gorby
gorczany gordan gordana gordeev gordeeva gordeevich gorden gordey gordillo gordiy gordiyivna
gordiyovich gordon gordy gorecki goree gorenc gorevan gorey gorgol gorgunay gorham gori goris
goriya gorjup gorkiewicz gorklu gorlitz gorm gormain gorman gormley gorney gornisiewicz gorol
gorrell gorsev gorshkov gorshkova gorski gorsuch gortat gorton gorzelanczyk gos gosch goschl
gose gosek goshorn gosik goska goslin gosnell gospodarek goss gosselin gosset gossett gossiaux
gosta gostomysl goswami gosz gote gotfryd gothraidh gotic goto gotsa gotse gotsholo gott
gottardi gottfrid gottfried gotthard gotthilf gotthold gotti gottlieb gottlob gottschalk
gottskalk gottsveinn gotz goudeau goudreau goudriaan goudy gough goulart gould goulden goulding
goulet goulette gour gourdine gourley gouveia govaerts govan govarts gove govea govoni
govorcinovic gow gowan gowdy gowen gower gowin goworek goyaerts goyal goyette goyo goyvaerts
goza gozdur gozel gozelov gozem gozzano gozzi graaf graban grabara grabas grabczak graber
grabher grabias grable grabner grabon grabos grabowski gracelyn gracey gracia graciana graciano
gracie graciela gracin grada gradaigh graddy gradek gradenigo gradha gradinarova grady gradziel
grae graeme graeve graf graff grafitsa grafton gragg graham grahams grahn graig graindorge
grainger grainne graith graj grajeda gral gralaigh grallaigh gramhna grammer gramsci gramza
granado granados granat granata granatelli granath granberg grandberry grande grandjean
grandstaff grandy granger grani grania granier granillo grankell granlund granstrom grantham
granville gras grasser grassi grassl grasso gratian gratiana gratie gratiela grattan gratton
gratz gratzer gratzl grau gravelle gravensande gravina gravitt gravley gravois graybeal graybill
grayce graydon grayling grayson grazia graziano graziella grazyna grba grbac greachain greadaigh
grealaigh grealish greally greanachain greaney greathouse greaves grebowiec greca grechanik
grechko grecia greco gredicak greear greef greehy greeley greelish greely greenawalt greenbaum
greenberg greenblatt greene greenfelder greenfield greenhalgh greenhaw greenhill greenholt
greenlaw greenleaf greenlee greenman greenough greenspan greenstein greenwald greenwalt greenway
greenwell greenwood greer greeson greg grega greger gregersen gregg greggio greggory greggs
gregoire gregor gregorczuk gregorek gregori gregoria gregorian gregoric gregorio gregorova
gregorowicz gregory gregov gregson gregus gregusova greig greij greil greill grein greine
greiner greipur greisch grelod gremese gremillion gremislav gren grendal grenier grennan greppur
gres gresham gress greszta gret greta gretar gretchen grete gretel grethe grethen gretl gretta
grettir greve grewal greyson grgic grgurevic grguric grgurovac grialais griallais grianain
grianna grianra gribhthin grice gricelda grider gridley grieco griego grier griesser griet
grieta grifeo griffen griffey griffie griffis griffith griffiths grifin grigg griggs grigore
grigorev grigoreva grigorevich grigorevna grigoriev grigoriy grigoriyivna grigoriyovich grigsby
grijalva grillo grima grimaldi grimaldo grimani grimar grimey grimheidur grimhildur grimkell
grimlaugur grimm grimmett grimnir grimolfur grimsley grimulfur grimur grimyana grindle
grindstaff grindvik griner grinius grinnell grinstead grinsven griobhtha griobhthain griofa
griofha grisby grisel griselda grisham grishin grishina grisoni grissett grissom griswold
gritsch gritsenko gritti grizzard grizzle grna grnova gro groa groarke groat grob groborz groce
grochola grochowina grodek groen groenendaal groenestein groff grogan groh grojean groleau
gromala gromov gromova gron grondel grondelle grondin groner gronkiewicz gronlund gronostaj
gronroos gronskis groof groogan groot groote groover gros grose grosjean grossi grossman grosso
grosz grote grotek groth grottner grover growney grozdanovska grozdanovski grozdinka gruagain
grubb grubba grubbs grube gruber grubisic gruchot gruijl gruijter gruil grullon grunberger grund
grundner grundy gruner grunwald grupa gruson gruszczyk gruver gruza gryciuk grycz gryga grygo
grygorcewicz grygorowicz gryka grymuza grys gryska gryszkiewicz gryta grzebyk grzech grzegorz
grzegorzak grzejszczak grzela grzelak grzelczyk grzelec grzenia grzesiek grzeskow grzeszkowiak
grzetic grzincic grznar grznarova grzywnowicz gschaider gschwandtner gstohl gstrein gua
guadalupe guaire guairim guajardo gual gualandi gualtieri guan guarana guarato guardado guardia
guardiola guariento guarino guarneri guay gubain gubben guberan gubernat guberovic gubeshe
gubhela gubhuza gubulundu gucal gucci guclu gucluer gucyeter gudberg gudbergur gudbjarni
gudbjartur gudbjorg gudbjorn gudbjort gudborg gudbrandur guddis gude gudelj gudfinna gudfinnur
gudfredur gudfridur gudgeir gudino gudjon gudjona gudlaug gudlaugur gudleif gudleifur gudleikur
gudlin gudmann gudmar gudmey gudmon gudmunda gudmundina gudmundur gudni gudny gudradur gudridur
gudrodur gudrun gudsteina gudsteinn gudthor gudula gudvardur gudveig gudveigur gudvin guellec
guendouz guenter guenther guercio guerfi guerin guerline guernsey guerra guerreiro guerrero
guerrette guerrier guertin guessoum guevara gueye guffey gugan guggenberger guglielmi guglielmo
gugu gugulethu gugushe guha guibert guibhir guicciardini guice guichard guida guidhir guidi
guido guidone guidotti guidry guihan guijarro guilbert guilford guilfoyle guilherme guillarmod
guillaume guillemette guillen guillermina guillermo guillet guilli guillon guillory guillot
guillotte guillou guimond guin guinan guinane guinevan guiney guinizzelli guinn guinnane
guinness guiomar guiot guiry guiseppe guit guitart guiterrez guithin guitierrez guiying guk gul
gula gulab gulaga gulan gulare gulati gulay gulbala gulbani gulbeyan gulbiye gulbrandsen gulce
gulcegun gulcher gulcin gulcohre guldam gulder guldunya gule gulegen gulel gulen gulenay guler
gulev gulfaam gulfam gulfari gulfeza gulgen gulgowski gulguzel gulhisar gulick gulinaz guliwe
gulkadin gullberg gullbra gulledge guller gullery gullett gullickson gullion gullo gullotta
gulluhan gullveig gulmira gulmisal gulnar gulnare gulnaz gulnaziye gulnur gulotta gulozge gulper
gulsa gulsahin gulsalin gulselin gulsen gulseref gulseren gulsevil gulshan gulsiye gulsu gulsum
gultac gultekin gulten gulter gulus gulustan gulxar gulyaev gulyaeva gulyas gulzadiye gulzar
guma gumbi gumbs gumede gumercindo gumi gumieniak gumienna gumienny gumm gumma gump gumprich
gumula gumustekin guna gunain gunar gunars gunarto gunawan gunay gunaydin gunbir gunborg gunda
gundel gunden gundersen gunderson gundhild gundi gundolf gundula gunduz gunduzalp gunebakan
guneet guneri guney gungordu gungoren gunhild gunilla gunita gunko gunkurt gunn gunnar
gunnarsson gunnberg gunnbjorg gunnbjorn gunnbjort gunnborg gunndis gunndor gunndora gunnel
gunnell gunnella gunnfinna gunnfridur gunngeir gunnhallur gunnharda gunnheidur gunnhildur
gunnjona gunnlaug gunnlaugur gunnleif gunnleifur gunnlod gunnolfur gunnoli gunnrodur gunnrun
gunnsteinn gunnthor gunnthora gunnthorunn gunnur gunnvaldur gunnveig gunnvor gunpf gunsel gunsen
gunser gunta guntars gunter gunther guntis guntram gunver gunvor guo gupalo gupta gupton gurarda
gurcuye gure gurelcem gurev gureva gurevich gurganus guriy gurley gurli gurpreet gurrola gurry
gursal gurten gurule gurung gus gusciora guse gusev guseva gushchin gushchina gusikowski gusman
guss gussie gussoni gusta gustaaf gustaf gustafson gustafsson gustas gustav gustave gustavo
gustavson gustavsson gustavus gustaw gusti gustie gustin gusztav gute guth guthrie gutierez
gutierres gutierrez gutirrez gutknecht gutkowski gutman gutmann gutshall gutsulyak gutti
guttormur guus guusje guvercin guyer guyette guyo guyon guyot guyton guz guzdek guzenko guzey
guziak guziy guzman guzniczak gvardiana gvozdeyka gwacela gwagwa gwala gwaltney gwamanda
gwanyana gwara gwardiak gwen gwenael gwenaelle gwenda gwendolen gwendoline gwendolyn gwenn gwija
gwin gwinn gwizdek gwyn gwyneth gwynn gxabhashe gyamfi gyamfiaa gyasi gyasiwaa gyda gydja
gydridur gygjar gylfi gymir gyongyi gyorgy gyorgyi gyozo gyrdir gyte gytis gytta gyugra gyula
gyurgya gzhitska gzhitskiy gzim gzyl haack haag haan haapala haapanen haapaniemi haarlem haas
haase haataja haavisto habdas haber haberl haberman habha habib habiba habibe habibi habibov
habibova habibu habibur habil hablak hablakova habpanom habsuda habsudova hachemi haciali
hacibey hacibeyli hacibeyov hacile hacizade hackbarth hackett hackl hackler hackman hackworth
hadala hadam hadas hadassa hadassah hadda haddad hadden haddi haddix haddouche haddox haddur
haddy hadebe haden haderer hadfield hadhlairt hadhra hadi hadicha hadichayeva hadija hadijayeva
hadithi hadiza hadjadj hadjer hadji hadley hadlock hadrey hadrien hadrovic hadzic hae haeften
haengreve haengur haenir haering hafberg hafbjorg hafborg hafdis hafer hafey haffey haffjord
haffner hafgrimur hafiz hafiza haflida haflidi hafliger haflina hafnar hafner hafnes hafnfjord
hafni hafny hafros hafrun hafsa hafsat hafshah hafsteina hafsteinn hafthor hafthora haga hagain
hagalin hagan hagans hagar hagara hagarova hagbardur hagberg hagbert hage hagedorn hageman hagen
hagendoorn hagenes hager hagerman hagerty hagg haggerty haggins hagglund haggstrom hagins hagler
haglund hagman hagood hagstrom hague hagurtaigh hagy hahessy hahn hai haiba haibheartaigh
haicead haichir haid haiden haider haidhleart haidinger haigh haight haigler haile hailee hailey
hailgheanain hailgheasa hailie hailin hailiosa hailpin hailu haimhirgin hainaut hainchin haindl
haines hainifin hainin hainion hainle hainli hainligh hainmhireach hainmneach hainthin hainzl
hairbheasaigh haire hairmeasaigh hairmheasaigh hairston hairt hairtneada hairyanto haiseadha
haislip haith haithbheartaigh haithchir haitheasa hajda hajdas hajdasz hajder hajdu hajduga
hajdukiewicz hajek haji hajkova hajnalka hajo hak hakala hakan hakansson hakeem haki hakikat
hakim hakkarainen hakker hakkinen hakon hakonia hal hala halak halake halakova halama halambek
halapir halasz halat halbert halcomb haldeman halder haleigh halenur haley haleygur halfdan
halford hali halid halidov halidun halie halik halil halim halima halimah halina halisi haliye
halka halla hallachain hallahan hallam hallanan hallbera hallberg hallbjorg hallbjorn hallborg
halldis halldor halldora halle hallenbeck haller hallett halleux halley hallfredur hallfridur
hallgardur hallgeir hallgerdur hallgils hallgren hallgrimur hallgunnur halliburton halliday
hallie halligan hallik hallin hallinan hallissey hallkatla hallkell hallman hallmann hallmar
hallmhurain hallmundur hallny hallock halloran halloway hallowell hallrun hallsteinn hallthor
hallum hallur hallvardur hallveig hallvor halme halmhain halonen halpen halpern halpin halsdorf
halsey halstead halterman halton haluk haluska haluskova halvarsson halverson halvorsen
halvorson hamada hamadi hamadouche hamalainen hamaland haman hamann hamar hamblen hamblin
hambrick hamburg hamby hamdan hamdani hamdi hamel hamer hamera hamerla hames hami hamid hamidi
hamil hamill hamilton hamima hamis hamish hamisi hamiyet hamlaoui hamler hamlett hamlin hamm
hammack hammadi hamman hammar hammarstrom hammel hammerer hammerl hammerle hammes hammett hammon
hammond hammonds hammons hammontree hamner hamon hamoudi hamp hampel hampson hampton hampus
hamrick hamrol hamsini hamundur hamza hamzah hamzaoui han hana hanafin hanain hanak hanako
hanakova hanan hanas hanbiken hanbury hanc hance hancer hancock handa handayani hande handke
handl handley handzel hane haneberg hanedan hanegraaff hanek hanekova hanel hanes haney hanford
hangala hanh hani hania hanife hanim hanja hanka hankard hanke hankerson hankiewicz hankins
hankinson hanko hankova hanley hanlin hanlon hanluain hanly hann hanna hannabel hannagain hannah
hannaidh hannan hanncard hannchen hanne hannecart hannele hannelore hanner hannes hanney hanni
hannibal hannigan hanninen hanning hannlaoigh hanno hannon hannrachain hannraoi hanns hannu
hannula hannum hanny hanora hanrachtaigh hanrahan hanraoi hanratty hans hansa hanscom hansel
hansell hanselman hansen hansford hansgeorg hanshaw hansina hansjoachim hansjorg hansjurg
hansjurgen hanson hanspeter hansruedi hanss hanssen hanssens hansson hansueli hansultan hanus
hanusaigh hanusek hanusekova hanusiak hanuska hanuskova hanusova hanzek hanzel hanzelova hao
haodha haodhgain haogain haoidhgin haoidhne haoilbheard haoileain haolain haollain haonachain
haonghuis haonghusa hapka haponiuk har hara haraburda harada harahoe haralamb haralambie harald
haraldsson haraldur haralson harambee haran harapin harasimiuk harbaugh harber harbert harbi
harbin harbinaz harbison harbour harcain hardana hardaway hardcastle hardee hardeman hardesty
hardi hardiansyah hardie hardik hardiman hardin harding hardison hardman hardnett hardt hardwick
harekur haremza haren harewood hargadain hargadon hargain hargan harger hargett hargis hargrave
hargraves hargreaves hargrove hari harijs harimurti harinakshi harini haris harish harita
hariyah hariz harja harjasa harjaya harjo harju harker harkey harkin harkins harkless harkness
harkonen harl harlaigh harlan harland harlaugur harlen harlene harless harley harlie harloff
harlon harlow harman harmer harmon harnail harnden harned harner harnett harney harnish haro
harol harold haroldo haron harpa harper harpreet harr harrachtain harragain harrah harrel
harrell harrelson harrer harri harrie harriet harriett harriette harrigan harrihy harrill
harriman harrington harris harrison harriss harro harrod harrold harsana harsanto harsaya harsha
harshaw harshbarger harshil harshman harta hartagain hartaka hartana hartati harte harter
hartfield hartford hartig hartigan hartikainen harting hartl hartle hartley hartline hartman
hartmann hartmut hartmuth hartnett harto hartsell hartsfield hartshorn hartsock hartung hartvig
hartwell hartwick hartwig harty hartz hartzell hartzler hartzog haruka haruko harun haruna
haruto harvan harvanek harvanekova harvanova harve harvell harvey harvie harvill harville harvin
harvy harwell harwood haryanti haryanto hasan hasanah hasanov hasbek hascak hascakova hasegawa
hasel haselaar hasgul hashiki hashimoto hashmi hasiak hasim haskell haskett haskin haskins
haslam haslauer hasler haslett haslinger hasna haspengouw hasret hass hassan hassanah hassani
hasse hassell hassen hassett hassie hassinger hassler hasso hasson hasta hasteinn hastey hastie
hastings hastuti hatchell hatcher hatchett hatem hatfield hathaway hathcock hathorn hatice
hatima hatin hatley hatmaker hattaway hatten hattie hattinger hatton haubrich hauck haudur hauer
hauffer haug hauge haugen haugh haughey haught haughton haugland hauksteinn haukur haukvaldur
haumer haun haupert haupt hausberger hause hauser hausler hausman hausmann hautala hautamaki
hauwa hava havali havar havard havardur havarr havel havener haverinen haverty haviland havlicek
havlickova havran havranka havranko havrankova havranova havse hawa hawe hawehindi hawes hawkes
hawkins hawkinson hawley hawn haworth hawro hawrylak hawthorne hayali hayashi hayat haycraft
haydee hayden haydon hayel hayer hayes haygood hayhurst haylee hayleigh hayley haylie hayman
hayne hayner haynes haynie hayre hayret hayrioglu hayrunnisa hayslett hayward haywood hayworth
hazeem hazelle hazelton hazelwood hazen hazenveld hazine hazle hazlett hazrat hazzard heachadha
heachairn heachthigheirn heacock headen headhnu headhra headley headrick headtromain heaffy
heagain heaghra heaghrain healai healaigh healaithe heald healey heallaigh healuighthe healy
heamhthaigh heanachain heanagain heanaigh heaney heanna heaphy hearain hearbhaird hearbhard
hearcain hearchaidh hearchu hearghail hearghaile hearn hearnain hearne hearns hearrain heathcote
heatherly heaton heavey heavner heba hebb hebenstreit heber hebert hecer hechenberger hecht heci
hecimovic hecke heckel hecker heckett heckman hecko heckova heczko hedberg hedda hedden
hedderman hedgepeth hedi hedigan hedin hedinn hedlund hedman hedrick hedstrom hedvig hedviga
hedvika hedwig hedy hee heeb heelan heenan heeney heer heere heerenveen heerkens heerschop
heffernan hefferon heffner heffron hefley heflin hefner hegarty hegde hege hegedus heger
heggarty hegmann hegwood hehir hehl heibhrin heichthigheirn heid heida heidar heidari heidarr
heidberg heidbert heidbjorg heidbjork heidbjort heidbra heiddis heide heideagain heideain heidel
heidelinde heidelore heidemarie heiden heidenreich heider heiderose heiderscheid heidhin heidhni
heidhniu heidi heidlaug heidlindur heidloa heidmann heidmar heidmundur heidny heidrekur heidrich
heidros heidrun heidur heidveig heidy heifearnain heifrin heigcheartaigh heigearta heigeartaigh
heigheartaigh heighne heighnigh heighniu heigl heijden heijman heijmans heijmen heike heikir
heikki heikkila heikkinen heiko heil heili heilidhe heiligh heilire heilman heilmodur heim
heiman heimann heimbach heimdal heimhigh heimhin heimhrin heimhthigh heimir heimo heimsberg hein
heindl heine heineachain heineman heinemann heinen heiner heinfried heini heinniu heino heinonen
heinrekur heinri heinrich heinrichs heins heinsalu heinsoo heintz heintze heinz heinzl
heireamhoin heirens heise heiser heisi heiskanen heisler heislin heiss heissenberger heiteagain
heithchir heithir heitman heitor heitz heitzman hejduk hejna hekima hekime hekker hekla hekmet
hektor helaine helak helan helaoire heldt heleen helen helena helene heleniak helenius helery
helfrich helfried helga helge helgeson helgesson helgfell helgi heli helin helina heliodoro
hella helland hellberg helle hellemans hellen hellena heller hellevi hellevoort hellgren hellman
hellmut hellmuth hellstrom hellwig helma helman helmar helmer helmerhorst helmi helmick helminen
helmtrud helmut helmuth heloisa heloise helsel helsen helton helvi helwig hely helyn helzer hema
hemal hemang hemangini hemani hembree hemenway hemert hemetsberger hemi hemid hemingway hemma
hemmen hemmer hemmert hempel hempenstall hemphill henao henck hendershot henderson hendley
hendon hendra hendren hendri hendrick hendricks hendrickson hendrickx hendrik hendrikka hendriks
hendrikse hendrix hendry hendzel henebry heneghan henegouwen henery heney heng hengen henife
henin henk henke henkel henley henline henn hennebry hennelley hennelly hennen henner hennessey
hennessy henni hennie hennig hennigan henning henninger hennings henningsson henny henrard
henretta henri henric henrich henricks henricus henrieta henrietta henriette henrik henrika
henrike henrikki henriks henriksen henriksson henrion henrique henriques henriquez henrotte
henry henryk henschel hensel henshaw henslee hensley henson henst hentges henthorn henton
hentschel heo heochach heochadha heochaidh heodhasa heodhusa heoghain heoghanain hepburn
hepenstall hepler hepner hepworth hera heracleea heraclio heraghty heraldo heras heraty herba
herberg herbert herberto herbjorg herbjorn herbjort herborg herbst herbut herceg herck herda
herdis herdzik heredia hereford heremans heretik heretikova hereward herfinnur herfridur hergeir
hergerdur hergill hergils heribert heriberto hering heripon herity herjolfur herlaug herlaugur
herleifur herlihy herlinda herlinde herluf herma herman hermanis hermann hermanni hermanowicz
hermans hermansen hermanson hermansson hermelinda hermenegildo hermes hermighausen hermila
hermina herminda hermine herminia herminio hermiston hermodur hermon hermosilla hermosillo
hermundur hern hernadez hernan hernandes hernandez hernando herndon herney hernon herod herok
herold herout herr herranz herrell herren herrera herrero herrick herrin herrington herrman
herrmann herrod herron herschel hersey hersh hershberger hershel hershell hershey hershman
hersilia hersir herstal hersteinn hersveinn herta hertel hertha herthrudur hertrampf heru hervar
hervardur hervas herve hervey hervia hervin hervor herwig heryanto herzig herzog hesbaye hesbon
hesen hesenaga hesenov hesenzade heser heskett heskin heslin hess hesse hessel hesser hessie
hession hessler hesson hester hesti heston het hetherington hethur hetmanczyk hetrick hettie
hettinger hettner hetty hetzel heuer heuertz heusden heuser heuvel heva hever hewelt hewes
hewett hewitt hewlett hewson hexspoor heyden heyder heyderli heydrich heyer heylen heyman
heymans heyne heyvaert heyvetullah heyward heywood hezekiah hezi hezniye hezron hezzie hhoyiyane
hiarfhlaithe hiarfhlatha hiarnain hiatt hibaq hibbard hibbert hibbitts hibbler hibbs hice
hiceadha hicham hici hicidhe hicin hickerson hickle hickman hickok hickox hickson hicog hicran
hicsonmez hidalgo hidaya hidayanto hidayat hidde hideki hideo hidir hiebert hiedi hien hierro
hiers hietala hietanen hiett hieu hifearnain hifzullah higa higbee higdon higginbotham higgins
higginson higgs highfill highne highsmith hight hightower higley higuera higueras hikmet hilah
hilal hilaria hilario hilarius hilary hilayda hilbert hilburn hilda hildah hildar hildburg hilde
hildebrand hildebrandt hildegard hildegarde hildegart hildegund hildegunde hilderbrand hildiberg
hildibergur hildibjorg hildibrandur hildigeir hildigerdur hildiglumur hildigunnur hildimar
hildimundur hilding hildingur hildir hildiridur hildisif hildithor hildred hildreth hildur hile
hileman hiles hilger hilkka hillard hillary hillen hiller hillery hillevi hillhouse hilliard
hillis hilll hillman hillow hillyard hillyer hilma hilmar hilmer hilmerova hilmir hilpert hilson
hilti hilton hiltraud hiltrud hiltunen hiltz himawan himes himinbjorg himmelbauer himri hina
hinca hinckley hindal hindeberg hindman hine hineiri hineirigh hiner hines hinet hinewai hinic
hinkel hinkle hinkley hinkson hinman hinnant hinneirghe hinney hinojos hinojosa hinrich hinrichs
hinrik hinrika hinrikka hinshaw hinson hinterberger hinteregger hinterleitner hinton hintz hinz
hiocog hiolain hiollain hiomhair hionnghaile hiorbhaird hiorbhard hiott hipolito hipp hipple
hipps hiral hiram hiroko hiroshi hirsch hirschmann hirsh hirst hirt hirthe hirvonen hisako hise
hiser hisham hishon histon hitchcock hite hitesh hitt hitz hively hiwot hix hixon hixson
hjallkar hjalmar hjalmarsson hjalmdis hjalmer hjalmey hjalmfridur hjalmgeir hjalmgerdur hjalmros
hjalmrun hjalmthor hjalmtyr hjalmur hjalmveig hjalta hjaltdal hjalte hjaltey hjalti hjarnar
hjelm hjordis hjorfridur hjorleif hjorleifur hjorny hjort hjortfridur hjortthor hjortur hjorvar
hlabangane hlabisa hladgerdur hladka hladky hlaing hlatshwayo hlavac hlavacik hlavacikova
hlavacova hledis hlegestur hleidar hlela hlengwa hler hlidar hlidberg hlidkvist hlif hlifar hlin
hlini hlinik hlinikova hlinka hlinkova hljomur hlodmundur hlodur hlodvardur hlodver hlokk
hlomuka hlongwa hlongwane hlophe hlubi hlumakazi hlynur hnappdal hnat hnefill hnifsdal hnikar
hnikarr hoa hoadley hoag hoagland hoang hoani hoarau hoare hoareau hobain hoban hobart hobbs
hobdy hobert hobgood hobson hocevar hoch hochleitner hochreiter hochstetler hocine hockaday
hockenberry hockensmith hocker hockett hockman hodak hodan hodari hodd hodel hodgdon hodge
hodges hodgins hodgkins hodgkinson hodgson hodhra hodhrain hodkiewicz hodl hodnett hodo hodson
hodur hodza hodzic hodzova hoecke hoedemakers hoefer hoeft hoeger hoehn hoehne hoek hoeks
hoekstra hoelen hoelscher hoerner hoevel hoeven hoey hofbauer hofddal hofer hoff hoffer hoffman
hoffmann hofig hofinger hofland hofler hofman hofmann hofmeister hofstatter hofstetter hofteig
hogain hogberg hoge hogg hoggard hoghartaigh hogle hoglinger hoglund hogna hogni hogue hohman
hohn hoibicin hoileain hoir hoirbheaird hoirbheard hoirchinnigh hoireabaird hoireabhaird
hoireabhard hoireachtaigh hoiscin hoisin hoisington hoistin hojda hojka hoke hokkanen hokume
holappa holbert holbrook holc holcik holcikova holcomb holcombe holdaway holden holderman
holdren holeksa holeman holewa holford holgeir holger holgersson holguin holic holicek
holicekova holicka holickova holicova holifield holik holikova holl holladay hollain holland
hollander hollandsworth hollar hollarain hollars hollaus hollaway holleman hollenbeck holley
holli holliday hollie hollier hollifield holliman hollinger hollingshead hollingsworth hollins
hollis hollister hollman holloman hollomon hollon holloway hollowell holluin hollywood holm
holman holmar holmberg holmbert holmbjorg holmdis holmes holmfastur holmfridur holmgeir holmgren
holmgrimur holmkell holmquist holmqvist holmsteinn holmstrom holmthor holohan holopainen holota
holsinger holst holstein holsten holston holt holte holter holthaus holthuis holti holtman
holton holtz holtzclaw holtzman holub holubec holubecova holubek holubekova holubka holubko
holubkova holubok holubova holubowicz holuby holvoet holyfield holysz holz holzapfel
holzenbecher holzer holzinger holzknecht holzl holzman holzmann hom homan homenick homero
honaker honan honda hondeveld honea honeycutt hong honkanen honkisz honora honore hoog hoogers
hoogh hoon hooper hoopes hoosier hooten hoover hopkins hopp hoppe hoppenbrouwer hopson hopwood
hor hora horace horacek horacio horackova horain horak horakova horan horatio horatiu horbacz
horcain hord horddal hordha hordur hore horea horemans horgain horgan horia horl horle hormann
hormazabal hornback hornbeck hornbuckle horne horner hornfjord hornich hornig hornik horning
hornsby hornung horowitz horrell horrocks horsley horst horstman horta hortencia hortense
hortensia hortenzia horton horvat horvatek horvath horvathova horvatic horvatinec horwitz
horymir hosae hosain hosea hoseas hosey hosie hosier hoskadem hoskin hoskins hoskinson hoskuldur
hosler hosley hosmer hosp hoss hossain hossein hosseini hostaden hostak hostakova hoste hosteen
hostetler hostetter hotaling hotchkiss hott hotz hou houari houben houchens houchin houchins
houcine houck houda houde houdijk hougardy hough houghtaling houghton houk houle houlihan
hourachain hourican hourigan hourihane housel houseman houser housley housman houston houteveen
hovey hovis howard howarth howe howell howells hower howerton howery howes howie howington
howland howle howlett howley howse howser howton howze hoxie hoy hoye hoyer hoyle hoyos hoyt hoz
hoza hozjan hozova hrabar hrabia hraerekur hrafn hrafna hrafnan hrafnar hrafnbergur hrafnborg
hrafndal hrafndis hrafney hrafngerdur hrafnheidur hrafnhildur hrafnkatla hrafnkell hrafnlaug
hrafntinna hrafntyr hranic hranj hrannar hrappur hrasko hraskova hrastinski hraunar hraunberg
hraundis hrdlicka hrdlickova hredhaan hrefna hreggvidur hreidar hreidmar hreimur hreinberg
hreindal hreindis hreinn hren hrianka hriankova hribar hribernik hric hricova hrimnir hringur
hritik hrmo hrmova hroaldur hroar hrobjartur hrobon hrobonova hrodgeir hrodmar hrodny hrodolfur
hrodvar hroi hrolfdis hrolfur hrollaugur hrolleifur hromundur hronn hrovat hrsak hruba hruby
hrund hruska hruskova hrusovska hrusovsky hrutfjord hrutur hrvoje hrvojic hrynkiewicz hrzenjak
hsia hsiang hsiao hsieh hsien hsin hsing hsiu hsiung hsu hsuan hsueh htun hua huaillearan
huaithne huaithnin hualla huallachain huallaigh huang huart huba hubain huban hubbard hubbell
hubbert hubble hubbs hubel huber hubert hubertine huberts hubertus huberty hubin hubler hubmann
hubner hubova huck huckabee huckaby huckins hucko huckova huczek huczko huda hudacek hudacekova
hudak hudavent huddleston hudec hudecova hudgens hudgins hudkins hudnall hudson hudspeth hudzik
huebner huel huels huemer huerta huertas huet huey huffman hufford hufnagl hugberg hugbjorg
hugbjort hugborg hugdis huges huggard huggins hugh hughes hughey hughie hughley hughs hugi
huginn hugleikur hugljuf hugo hugrun hugues huguet huguette huguley huhn huhtala hui huia
huidhir huie huigin huiginn huijben huijbrechts huijs huijzing huirthille huiscin huisman
huitseachain huizar huka hukumdar hulbert hulboj huld hulda huldah huldar huldis huldrun hulett
huling huljev hullain hulle hullinger hulme huls hulse hulsey hulshouts hulskes hulst hult
hulten hultgren hultman hults hulya humaira humaiya humayra humayrova humbert humberto humbet
humblet hume humeniuk humer humes humeyra humi hummel hummer hummetov humoyun humoyunov humphrey
humphreys humphries hunalp hunbjorg hunbogi hundis hundley hunerik huneycutt hungerdur
hungerford huni hunley hunn hunnicutt hunor hunrodur hunsaker hunsicker hunsinger hunsucker
huntington huntley hunziker huong huot huotari huovinen hupka hupkova hupp hurbert hurd hurdail
hurdogan hurican hurlburt hurlbut hurley hurlimann hurmet hurmholtaigh hurside hurst hurtado
hurthuile hurtt huruyet hurwitz huryasar hus husak husakova husar husarova huse husek husekova
huseyin huseyn huseynbeyli huseynli huseynoglu huseynov huseynova huseynqulu huska huskey
huskins huskova husmen husniyye husnjak husnuhal huso husova huss hussain hussein hussey hustak
hustakova husted huston huszcza hutagalung hutapea hutasoit hutchens hutcherson hutcheson
hutchings hutchins hutchinson hutchison huter huth hutnik hutsell hutson hutt hutta hutter
hutterer hutto hutton huttova huttunen hutyra hutzler huu huurdeman huuskonen huxley huy
huybrechts huyghe huynh huys huysmans huzaifa huzuri hvammdal hvannar hvitfeld hvonn hwa hwang
hyatt hyde hyden hyder hye hyer hyjek hyland hyltir hylton hylur hyman hymel hymes hynek hynes
hynman hyo hyon hyrum hysell hytonen hyttinen hyun hyvarinen hyvonen hyzy iacob iacobucci
iacovelli iadanza iago iain ian iancu ianis iannelli iannotti iannucci iannuzzi iara iarla
iasachta iascaire iasmina ibaad ibacache iban ibanez ibarra iben ibeth ibidapo ibikunle ibironke
ibn ibolya iborra ibraaheem ibraheem ibrahim ibrahima ibrahimbeyov ibrahimli ibrahimoglu
ibrahimov ibrahimova ibrani ibrohim ibrohimov ibun ica icey icha icho icie iciek icimbike ickes
ida idabelle idalia idamae idda iddings ide idec idell idella idik idika idiris idowu idrees
idris idrisli idrisoglu idriz idu idun idunn idzi ieremia iesa iesha ieshia ieva ifa ifeanyi
ifechukwu ifeoma ifora iforayeva ifrah iftikhaar iftikhar ifunanya ige iglesia iglesias iglika
ignac ignace ignacia ignacio ignacy ignas ignat ignatev ignateva ignatevich ignatiuk ignatius
ignativna ignatiy ignatjev ignatov ignatova ignatovich ignatz ignaz ignazio igne igo igoe igor
igorevich igorevna igorivna igorovich igors igras ihab ihaia ihalainen ihejirika ihnacak
ihnacakova ihsaan ihsan ihsanoglu ihtesham ihtiram ihtishaam ihtsham iida iiris iisakki ijaya
ijli ika ikbal ike ikeda ikenna ikeoluwa iker ikhlaas ikhlef ikhsan ikhtiandr ikin ikiz iklim
ikonen ikraam ikram ikramah ikrimah ikshita ila ilah ilahe ilalmis ilan ilana ilari ilaria
ilarie ilarion ilarionovich ilbek ilchenko ilcho ilda ildefonso ildem ildes ildiko ildirimoglu
ildiz ileana ileen ilene ilenia iles ilga ilgi ilham ilhame ilhan iliana ilianna ilias ilic
ilich ilie iliev ilieva iliff ilija ilijic ilikov ilim ilin ilina ilinca ilinda ilinichna
ilinovic iliomar ilir iliya iliyan ilja iljin ilka ilkane ilkbahar ilkim ilkin ilkka ilklima
ilko illa illes illivna illugi illya ilma ilmafer ilmari ilmars ilmur ilnare ilo ilona ilonka
ilori ilper ilqar ilqare ilsa ilse ilsu ilteris iluminada ilupeju ilves ilya ilyas ilyasovich
ilyenko ilyes ilze ima imali imane imani imanol imants imany imanzade imara imaran imbert imelda
imene imer imes imge imhof imhoff imi imiela imilian iminza imiolczyk imke imler immanuel immo
immonen immy imo imogen imogene imona imonova impastato impe imran imre imren imrich imrichova
imrihan imron imronov ina inaki inan inancli inara inare inaya inayet ince incho incifir inda
indah indali indi india indiana indie indira indra indrajit indre indrek indridi indrikis indy
indyk indyka ine inell ines inesa inese ineta inez infante infantino ing inga ingalill ingalls
ingberg ingbert ingdis inge ingeborg ingeburg ingegard ingegerd ingela ingelise ingelore ingemar
ingemund inger ingersoll ingetraud ingetraut ingey ingham ingheidur inghildur ingi ingiberg
ingibergur ingibert ingibjartur ingibjorg ingibjorn ingibjort ingiborg ingifinna ingifridur
ingigerdur ingilaug ingileif ingileifur ingilin ingimagn ingimar ingimaria ingimunda ingimundur
ingiridur ingiros ingisol ingithor ingivaldur ingiveig ingjaldur ingle ingles inglis ingmar ingo
ingoldsby ingolf ingolfur ingraham ingram ingrid ingrida ingried ingrun ingthor inguna ingunn
ingvaldur ingvar ingvarsson ingveldur ingvi iniesta inigo iniguez inioluwa inka inken inkeri
inko inmaculada inman inna inneirghe innes innis inniss innocenti innokentiy innseadun inocencia
inocencio inocentiu inonu inostroza inoue inouye inqilab insa insaf inta intan intaum interiano
interminei interminelli intihap intiqam intizar inzaghi inzunza ioan ioana ioanina ioannis iola
iolanda iomaire iomhair iona ione ionel ionela ionelia ionescu ionica ionita ionrachtaigh ionut
ioppi iorio iosa iosefina iosif iosifovich iosipovich iosog ipat ipatiy ipolit ippazio ippolit
ippolito iqbal ira irade iraida irakliy irawan irby ireland iren irena irene ireri iretioluwa
irfan irian iriana iriarte irick iridenta iridian irin irina irine irinel irineus iriney irish
iriyan irizarry irja irko irl irla irma irmantas irmela irmeli irmengard irmgard irmhild irmi
irmingard irmtraud irmtraut irmtrud irmy irnanto irnik iroha irpa irsad irungu irunn irva
irvanets irven irvin irvine irving irwan irwin irya iryna irzyk isa isaac isaack isaacs isaacson
isaak isabel isabela isabell isabella isabelle isabelly isabeyli isac isack isadora isadore
isaev isaeva isafold isah isai isaiah isaias isak isakov isakova isaksen isakson isaksson
isalind isaline isam isamar isaque isar isarr isaura isaxanli isay isaya isayenko isayevich
isbell isbjorg isbjorn iscan isdis ise isela iseldur isella isenberg isenhour iseoluwa isern
isey isfandiyor isfandiyorov isfold isgeir isgender isgerdur isha ishaan isham ishani ishanvi
ishchak ishchenko ishii ishikawa ishildur ishita ishmael ishola isholm ishwar isiah isidor
isidora isidore isidoro isidorovich isidra isidro isikay isikhiya isiman isin isis iskierka iskr
iskren isla islam islas islaug isleif isleifur isler isley islime islom islomov ismael ismail
ismar ismayil ismayilqizi ismet ismey ismik ismo ismoil ismoilov isobel isol isold isolde
isolfur isolina isom ison isperikh isra israel israelsson israfil isreal isrun issa issac issack
issak issi issol istan istatko istiliyana istilyan istvan isus isveig iswahyudi ita italo itanya
iten itko ito itso ituri iturra itzel itziar iulia iulian iuliana iuliu iunn iurie iustas iustin
iustina iustinian iva ivah ivalena ivamina ivan ivana ivancan ivanchenko ivandic ivanenko
ivanesa ivanichka ivanichuk ivanivna ivanka ivanna ivano ivanov ivanova ivanovic ivanovich
ivanovna ivar ivars ivarsson ivashchenko ivask ivaska ivaskova ivasyuk ivecen iveliana ivelisse
iver ivers iversen iverson ivery ives iveta ivette ivey ivica ivie ivinka ivka ivo ivona ivone
ivonne ivor ivsic iwan iwanczyk iwanow iwo iwona iwu ixtiyar iya iyabode iyadunni iyana iyanda
iyanna iyengar iyer iyiyurek iymona iymonova iza izaaz izabela izabele izabella izabelle
izaguirre izaiah izayah ize izel izetta izgu izidor izidora izmail izmailovich izola izora izot
izotovich izquierdo iztok izyaslav izzet izzo jaabir jaafar jaak jaakko jaakkola jaakson jaan
jaana jaanson jaanus jaaskelainen jaatinen jabal jabari jabbaar jabbar jaber jabez jabir
jablonski jabr jabulani jacak jacalyn jace jacek jacelyn jaceps jacey jachimczak jachimczyk
jachna jacinda jacinta jacintha jacinto jackel jackeline jackelyn jacki jackie jackline jacklyn
jackman jackqueline jackson jacky jaclyn jaco jacob jacobi jacobine jacobo jacobs jacobsen
jacobson jacobsson jacobus jacoby jacopo jacot jacqualine jacque jacquelin jacqueline jacquelyn
jacquelyne jacquelynn jacquemart jacquemin jacques jacquet jacquetta jacquez jacqui jacquie
jacquiline jacquline jacqulyn jacquot jacuzzi jad jada jaden jader jadiel jadon jadot jadoul
jadranka jadwiga jadyn jae jaeda jaeden jaeger jael jaelyn jaelynn jaeman jaen jafar jafari
jafet jaffe jaffer jafri jaga jagapati jagaraga jagarinec jagat jagdish jagecic jager jagger
jaggers jaggi jagielka jagielo jagrati jagvi jahangir jahanzeb jahdami jahdari jaheem jaheim
jahi jahiem jahir jahiz jahm jahn jahnke jahongir jahongirov jai jaida jaiden jaider jaidyn
jailani jailene jailyn jaiman jaime jaimee jaimes jaimie jain jair jairaj jairo jairus jais
jaiyeola jaje jajko jajuan jaka jakab jakayla jake jakel jakes jaki jakiel jakimiak jakob jakobe
jakobiak jakobik jakobina jakobs jakobsen jakobson jakobsson jakoniuk jakop jakopec jakopovic
jakov jakovac jakovic jakovlev jakovljevic jakub jakuba jakubaszek jakubcek jakubcekova jakubcik
jakubcikova jakubco jakubcova jakubec jakubecova jakubek jakubekova jakubik jakubikova jakubiuk
jakubka jakubko jakubkova jakubova jakubowski jakupic jakus jalaal jalakas jalal jalbert jale
jaleel jalees jaleesa jalen jali jalia jalil jalisa jalissa jaliyah jalloh jalmari jalol jalolov
jalon jalonen jalovec jalovecova jalowiec jalsa jalyn jalynn jama jamaal jamal jamalia jamar
jamarcus jamari jamarion jamasijadu jambor jame jamee jameel jamel jamerson james jameson jamey
jami jamie jamieson jamika jamil jamila jamile jamin jamir jamison jamiya jammie jamnik jamroz
jamrozek jamrozy jamshid jamshidov jamya jan jana janae janak janaki janakova janani janasik
janasz janay janc janca jancek jancekova jancewicz janco jancova janczarek janczura janda jandl
jandova jandreau jandula jane janean janecek janecekova janecka janecko janeckova janee janeen
janek janekova janel janell janella janelle janene janes janessa janet janeta janeth janett
janetta janette janev janeva janey janez janezic jang jangwa jani janiah janic janice janick
janicki janie janiece janiga janik janikova janin janina janine janis janisch janise janisz
janiszek janiszewski janita janiuk janiya janiyah janja jank janka jankat jankauskas janke janko
jankova jankowicz jankowski jann janna janne jannet janneth jannette janni jannie jannik jannika
jannis jano janocko janockova janos janosch janosek janosekova janosik janosikova janoska
janosko janoskova janoso janosova janoszek janoszka janova janowiak jans jansdr janse jansen
janson jansse janssen janssens jansson jantos jantosovic jantosovicova jantsch jantti jantz
januar january januchta januja janus janusz januszewicz januszko jany janya janyce janzen jao
japhet japheth jaquan jaque jaquelin jaqueline jaquelyn jaques jaquez jara jaracz jarad
jaramillo jarboe jarc jarczak jarczyk jardine jared jarema jaremek jaremko jaren jaret jarett
jargielo jargilo jari jarka jarkiewicz jarkko jarl jarlath jarleth jarman jarmila jarmo jarmon
jarmula jarmuz jarmuzek jarnagin jarnbra jarne jarngerdur jarngrimur jarno jaroch jarod jarolim
jaromir jaromira jaron jaros jarosiewicz jarosik jaroslav jaroslava jaroslaw jarosova jarosz
jaroszuk jarrad jarrard jarrell jarret jarrett jarrod jarso jarthrudur jarun jaruthip jaruwan
jarv jarve jarvela jarvenpaa jarvi jarvinen jarvis jarwa jarwadi jarwi jas jase jasen jasiah
jasica jasin jasina jasinski jasionek jasiri jasko jaskola jaskolski jaskowiec jaslene jaslyn
jasmani jasmijn jasmin jasmina jasminka jasminova jasmit jasmyn jasmyne jasna jasnoch jason
jaspreet jasprica jasso jast jastrzebski jasur jaswadi jaszcz jaszczur jaszczyszyn jatgeir jati
jatin jatmiko jatmundur jatvardur jauhiainen jauk jaume jaunita jaunzema jaunzems jauregui javan
javen javi javier javiera javion javohir javohirov javon javonte javornik jaworski jax jaxen
jaxon jaxson jaxton jaya jayadi jayaraman jayasuriya jayce jaycee jaycie jaycob jayda jaydan
jayde jayden jaydin jaydon jaye jayeng jayla jaylah jaylan jaylee jayleen jaylen jaylene jaylin
jaylinn jaylon jaylyn jaylynn jayme jaymes jaymie jayna jayne jaynes jayson jayvion jayvon
jazdzyk jazeps jazlene jazlyn jazlynn jazmin jazmine jazmyn jazmyne jazwiec jdotte jean jeana
jeanbaptiste jeane jeanelle jeanene jeanett jeanetta jeanette jeanice jeanie jeanine jeanlouis
jeanmarie jeanna jeanne jeannetta jeannette jeannie jeannine jeannot jeanny jeanpierre jeanty
jeb jebet jecinta jed jedediah jedidah jedidiah jedlovska jedlovsky jedra jedrak jedral
jedrasiak jedraszczyk jedraszek jedruch jedrusiak jedruszczak jedryczka jedrys jedrzej jedrzejek
jeet jeevika jef jefcoat jeferson jeff jeffcoat jefferey jefferies jeffers jefferson jeffery
jeffie jeffords jeffrey jeffreys jeffries jeffry jefimov jefri jefwa jeggij jegorov jehle jeison
jeisson jeitz jeka jekabs jekaterina jekaubs jekel jelagat jelani jelavic jele jelen jelena
jelic jelimo jelinek jelinkova jelita jelka jelks jelle jellison jellyman jelte jemal jemeli
jemima jemimah jemison jemma jemric jemutai jen jena jenae jenaro jendek jendekova jene jenee
jenek jenel jenell jenelle jenetta jenette jeneva jenewein jeni jenice jenifer jeniffer jenilee
jenine jenipher jenise jenkin jenkins jenko jenks jenna jennefer jennell jenner jennette jenney
jenni jennie jennifer jenniffer jennine jennings jenny jeno jens jensen jensina jenson jenssen
jent jente jeon jeong jep jepchirchir jepchumba jepkemboi jepkemei jepkemoi jepkirui jepkoech
jepkogei jepkorir jepkosgei jepleting jepngetich jeppe jeppesen jeppsson jepsen jepson jeptha
jeptoo jerad jerald jeraldine jeramiah jeramie jeramy jerde jere jereb jereczek jered jerel
jereme jeremey jeremi jeremiah jeremias jeremie jeremy jerez jergus jeri jeric jerica jericho
jerilyn jerilynn jerimiah jerimy jerker jerkovic jerlene jermain jermaine jermakov jerman jermey
jermiah jernej jerneja jernigan jerod jeroen jerold jerome jeromy jeronimo jerono jerop jerotich
jerrad jerrel jerrell jerri jerrica jerrie jerrilyn jerrod jerrold jerry jerson jersov jerusalem
jerusha jeruto jeryl jerzy jerzyk jes jesca jesenia jesica jeske jesper jespersen jess jessa
jesse jessee jessel jessen jessenia jessi jessia jessica jessie jessika jessop jessup jessy
jessye jestine jesus jesusa jesusita jeszka jeszke jeter jethro jetmir jeton jett jetta jettie
jetton jevgeni jevon jewell jewett jewula jezek jezior jezkova jezups jezyk jezyna jha jhalak
jhan jhaveri jhoan jhoana jhon jhonatan jhonny jhonson jhony jia jiang jibela jibril jie jil
jilani jiles jili jill jillian jillo jim jimale jimena jimenez jimerson jiminez jimmie jin jina
jinawi jindra jindrich jindriska jing jinjuta jinks jinnie jinny jinthe jip jiri jirina jiron
jitka jitrin jiyane joa joachim joacim joakim joan joana joane joanie joann joanna joanne
joannes joannie joao joaquim joaquin joaquina joash jobe jobst jobstl jocelyn jocelyne jocelynn
jochem jochems jochen jochum jockel jodar jode jodee jodi jodie jodis jodko jody joe joeann joel
joell joella joelle joellen joep joerg joeri joesaar joeseph joesph joetta joette joey joffrey
jofre jofridur jogi johal johan johana johann johanna johannah johanne johannes johannessen
johannesson johannsen johans johansen johanson johansson johathan johna johnathan johnathon
johnetta johnette johney johnie johnna johnnie johnny johnpaul johnsen johnsie johnson johnsson
johnston johnstone johny johson joi joie jojo jokela jokinen jokiwe jokla joko jokubas jokull
jokulros jolan jolana jolanda jolanta jolanthe joleen jolene jolette jolie jolien jolijn jolin
jolina joline jolley jolliff joly jolyn jolynn jomar jomini jomo jomundur jon jona jonah jonak
jonalyn jonanna jonar jonas jonasina jonasson jonata jonatan jonathan jonathon jonatova jonbjorg
jonbjorn jonbjort jonckheere jonczyk jondis jondor jondora jone jonell jonelle jones joney
jonfridur jong jonge jongeir jongerd jonghe jonheidur jonhildur joni joniak jonida jonie jonik
jonina joninna jonjic jonker jonkman jonmundur jonna jonnie jonny jono jonson jonsson jonsteinn
jonthor jony joojo joona joonas joonatan joos joost joosten jop jopich joplin joppe jora joram
joran jorda jordan jordana jorden jordi jordin jordon jordy jordyn joren joretta jorfi jorg
jorge jorgen jorgensen jorgenson jorgina joridur joris jorja jorlaug jorlink jorma jormundur
jorn jorquera jorri jorrisen jort jorundur jorune jorunn jorvar jorvi jory jos josafat josavin
jose josebina josee josef josefa josefiina josefin josefina josefine josefita josefsson joselin
joseline joseluis joselyn josep joseph josepha josephat josephina josephine josephs josephson
josephus josette josey joshi joshua joshuah josiah josiane josianne josie josiephine josip
josipa josipovic josko joslin joslyn joso jospeh josphat josphine josse jossie jost josteinn
josua josue josy joszko joubert jouko jouni jourdan jovan jovana jovani jovanni jovanny
jovanovac jovanovic jovanovska jovanovski jovany jovche jovchev jovcheva jove jover jovic jovin
jovina jovinelli jovita jowers joya joyal joyce joycelyn joye joyline joyner jozef jozefa
jozefczak jozefina jozic jozica jozo jozsef jozwiak jozwik jua juan juana juanita juanito juarez
judah judd jude judea judek judi judie judit judita judith judkins judson judy judyth juelz juen
juergen juergens jugovac juha juhana juhani juhanson juhasz juhkam juhl juhlin juho jui jukic
jukka jul jula jule julee julene jules juli julia julian juliana juliane juliann julianna
julianne juliano julie julieann julien juliet julieta julieth julietta juliette julija julijana
julijs julio julious juliros julisa julissa julita julius juliusz julliard juluis juma jumaane
jumadi jumari jumba jumiege jummai jun juna junas junasova junck juncken juncker june juneau
jung jungfer jungwirth juni junia juniana junie junious junita junitz junius junken junkins
junko juntunen juozas juqula jurado juraj juras jurasova juraszczyk jurca jurcic jurcina
jurcinova jurco jurcova jurczuk jure jurek jurekova juresko juretic jurg jurgen jurgens
jurgensen jurgenson jurgita juri juric jurij jurik jurikova jurina jurinova juris jurisic
jurisson jurjevic jurka jurko jurkova jurkovic jurkovicova jurlina juroszek jurre jurrijens
jusino juskiewicz jussi jussila justa justas justen justin justina justinas justine justiniani
justis justo juston justus justyn justyna jusuf juszczuk jutta juttner juul juulia juuso juvara
juvenal juvonen juwan juwon jyoti jyrki jytte kaamil kaan kaar kaaren kaari kaarik kaarina
kaarlo kaashif kaasik kaat kaay kaazim kabala kabalyuk kabanenko kabanov kabanova kabeer kaberia
kabir kabiru kabui kaburu kabus kabza kacey kachela kaci kacie kacper kacperczyk kacperek kacung
kacy kaczan kaczka kaczmar kaczmarczyk kaczmarek kaczmarkiewicz kaczor kada kadak kadakia
kaddour kaddouri kade kadeem kadela kaden kadence kadenge kadenyuk kader kadi kadifeyka kadija
kadijah kadin kadinana kadir kadlec kadlecova kadlin kadri kadyn kadzo kaeden kaeja kael kaela
kaelin kaelyn kaelynn kafeel kafel kafer kagan kageha kagendo kager kagi kagwiria kahina kahindi
kahinu kahir kahkonen kahl kahle kahler kahlil kahlina kahn kahr kahu kahurangi kai kaia kaiden
kaija kaikkonen kaila kailee kailey kailyn kaimenyi kain kaindl kaingu kainulainen kainz kaique
kairav kairu kairys kaisa kaiser kaitlin kaitlyn kaitlynn kaiya kaj kaja kajak kajdan kajdas
kajen kajetan kajji kajsa kajstura kajuju kajus kakai kakali kakar kaktus kala kalama kalamees
kalan kalanjos kalarus kalashnikov kalashnikova kalazic kalbi kalchenko kalcher kalda kaldi
kaleb kaleem kaleema kaleena kaleigh kaleja kalejs kalek kalekye kalel kalen kalene kalenichenko
kaler kalervo kaletka kalevi kaley kaleya kalgay kali kaliciak kalie kalim kalin kalina kalinak
kalinakova kalinin kalinina kalinka kalinowski kalisa kalish kalisiak kaliska kalisky kalista
kalita kaliyah kaljula kaljurand kaljuste kaljuvee kalka kalla kallas kallaste kalle kallen
kallert kallie kallio kallistrat kallstrom kalm kalman kalmann kalmar kalmus kalnina kalnins
kaloki kalota kalpit kaltenbock kaltenbrunner kaltenegger kaltrina kaluda kaluga kalume kaluwa
kalvaitis kalvelis kalvenas kalvin kalwa kalwak kalyn kam kamal kamala kamalanon kamande kamar
kamara kamarainen kamari kamaria kamathi kamau kambali kambs kamdar kamden kamel kamela kamene
kameron kameya kami kamidin kamiel kamieniak kamieniarz kamil kamila kamilah kamile kamilla
kamilly kaminski kaminsky kamma kammerer kamolchanok kamora kamp kamper kamps kamran kamren
kamron kamronov kamrul kamryn kamya kamyk kamyszek kan kana kanagy kanak kanana kananu kanarek
kanchin kanda kandace kandef kandi kandice kandie kandis kandora kandra kandy kandzia kandziora
kane kanepa kaneps kanerva kanesha kang kang'ethe kangas kangethe kangley kangogo kangro kangur
kani kania kaniak kaniakova kanik kanini kanisha kaniski kanivets kanja kankaanpaa kannan
kanpulat kansy kant kanter kantola kantor kanusha kanye kanyi kao kaombwe kaori kapadia kapagan
kapalka kapcia kapciak kapeller kapera kapinos kapitola kapiton kapka kaplan kapoor kapp kappel
kappler kapral kaprasius kapur kapuscik kapustin kapustina kapustka kar kara karaamat karabas
karaca karadeniz karaer karagic karakashev karakucak karalus karam karama karamarko karambu
karamelita karan karanbay karani karanja karas karaskiewicz karatas karcan karcher karcho
karczmarek karczmarz kardelen kardi kare kareem kareen karel karels karen karena karey karg
karge kargl kargol karhu karhunen kari karie karier karikari karim karima karimah kariman karimi
karin karina karine karis karisa karissa karitas kariuki karja karjalainen karki karkkainen
karklina karklins karkocha karkur karkut karl karla karlberg karlee karleen karlene karles
karley karlfried karlheinz karli karlie karlijn karlina karlinna karlis karlo karlotta karlovic
karlowicz karlsen karlson karlsson karlstrom karlukhan karly karlyn karmalyuk karman karmelic
karmelita karmen karn karna karnas karner karnes karnik karns karo karol karola karole karolien
karoliina karolin karolina karoline karolis karoly karolyn karon karova karp karpa karpe
karpenko karpeta karpiak karpiel karpik karpinski karpov karpova karppinen karr karren karrer
karri karrie karro karry karsa karsana karson karsten karsyn karsznia karta karter karthik
kartika karttunen karu karuga karul karulova karuri karuza karvel karvinen karvonen karwala
karwan karwitha karwot kary karya karyl karyme karyn karys karz kas kasak kasam kasandra kase
kasel kasemaa kasemets kasen kaser kasey kash kasha kashan kashangaki kashchenko kashif kashish
kashvi kashyap kasi kasiak kasica kasidi kasie kasif kasim kasimir kasiran kasiyah kask kaskazi
kason kaspar kasparova kaspars kasper kasperczak kasprzak kass kassandra kassem kassidy kassie
kassim kassulke kasteelen kastelic kastelik kasten kaster kastiel kastner kastriot kasusra
kasyan kasyoka kaszkowiak kasznia kata katakomb katalin katalina katalinka katana katariina
katarina katarinus katarzyna katastrofa katcha kate katelijne katelin katelyn katelynn katerin
katerina katerine kates kathagen kathaleen kathambi katharina katharine katharyn kathe katheleen
katherin katherina katherine katherinne kathern katheryn kathey kathi kathie kathinka kathleen
kathlene kathline kathlyn kathrin kathrine kathryn kathryne kathure kathy kathyrn kati katia
katic katica katie katina katinka katja katla katleen katlin katlyn katlynn kato katona katri
katrice katrien katriina katrijn katrin katrina katrine katriona katrov katrova kattai kattie
katty katy katz kaucic kauffman kauffmann kaufman kaufmann kauko kaul kaulina kaulins kaunka
kaupas kauppila kauppinen kaur kauri kauthar kautz kautzer kauzlaric kavaliauskas kavanagh
kavanaugh kavasch kavaschova kaver kavon kavurt kavya kawaca kawakami kawala kawamoto kawaya
kawiak kawira kawkab kawthar kawula kawulok kay kaya kayagun kayce kaycee kayden kaydence kaye
kaygusuz kayit kayla kaylah kaylan kaylee kayleen kayleigh kaylen kaylene kayley kayli kaylie
kaylin kaylor kaylyn kaylynn kayrabay kays kaysan kayser kayson kayun kazakov kazakova kazana
kazberuk kazek kazi kazik kazikova kazim kazime kazimierczuk kazimierczyk kazimierz kazimir
kazior kazirod kazlauskas kazmierczak kazmierczyk kazubek kazuko kazungu kazuo kazuya kea keady
keagan kealan kealey keally kealty kealy kean keandre keane keaney keanna keano keanu keany
keapock keara kearney kearns kearse keary keating keaton keaveney keaveny kebaili kebede kebir
kecia keck kedzierski kedziorek kee keebler keech keefe keefer keeffe keegan keehan keelan keele
keeler keeley keely keena keenaghan keenahan keenan keene keenen keeney keer keery kees keese
keesee keesha keeter keeton keeva keever keevers keffer kefser kegan kegley kehinde kehoe keifer
keightley keijo keijser keijzer keiko keil keila keim keinanen keion keiper keira keiser keisha
keister keita keitany keith keitha keitt keji kelami kelan kelby kelch kelcie keld kelder
kelechi kelecic kelekovic kelemen keler keleshev keli kelic kelis kell kellam kellan kellar
kelle kellee kelleher kellen keller kellerman kellett kelley kelli kellie kelling kellner kello
kellogg kellova kellum kelly kellye kelm kelo kelova kelsea kelsey kelsi kelsie kelso kelson
keltenie keltner kelton kelty kelvey kelvin kem kemal kemale kemaleddin kemba kemberly kemboi
kemei kemmer kemmerer kemp kempen kemper kempf kempka kempny kemppainen kempton kemuma kemunto
kena kenan kenari kenda kendal kendall kendell kendi kendig kendra kendrick kendricks kendrova
kenedy kenes keneth keng kenga kenia kenichi kenig kenis kenisha keniz kenizova kenji kenlan
kenley kenlon kenn kenna kennard kenneally kennedi kennedy kennell kennellan kennelly kennemer
kenner kennet kenneth kennett kenney kennison kennith kennon kennth kenny kensy kent kenter
kenth kenton kenworthy kenya kenyangi kenyatta kenyetta kenyon kenza kenzie kenzo keo keogan
keogh keoghan keoghane keohan keohane keon keough keown kephart kepler keplinger keppler ker
kera keramet keran keranen keranka kerber kerby kerekes kerekovic keren kerger keri kerim kerime
kerimli kerimov kerimova kerimzade kerin kerins kerkhof kerkhofs kerley kerlin kerluke kerman
kermit kermody kern kernan kerner kerney kerns kerova kerr kerri kerrie kerrigan kerrisk kerry
kerschbaum kerschbaumer kerschen kersey kershaw kershner kersten kerstetter kerstin kerttu
kertzmann kerubo kerville kerwick kerwin kesek kesha keshaun keshawn keshia keskinen keskitalo
keskula kesler kesov kessel kessinger kessler kester kesterson kestner kestutis ketcham ketchum
kete ketel keter keti ketilbjorg ketilbjorn ketilfridur ketill ketilridur ketola ketron
ketterman ketting kettunen keturah keudel keva kevan kevane keven keville kevim kevin kevo kevon
kevork keya keyaan keyes keyla keyon keyser keyshawn kezban kezia keziah khaalid khaan khaba
khabalidaka khacho khadidja khadija khadijah khadka khaemba khaldi khaled khalid khalif khalil
khalilah khalsa khamani khambule khamis khamisi khana khanh khanko khanna khanyeza khanyile
khanyisile khaphela kharalambi kharalampi kharalan kharbingr kharchenko khare khari khariton
kharitoniya kharitonov kharitonova kharitonovich kharitonovna kharizan kharlamovich
kharlampevich kharlampiy kharlampovich khasan khasatin khathi khathide khathini khatib khatri
khatun khavtelin khawula khebr khefestion khektor khelif khelifa khelifi khelil khenrieta
kheraklit khernani kheswa khezokhulu khiminay khin khinka khinko khino khiry khisa khitko khloe
khmara khoa khokhlov khokhlova kholi kholose khoma khomenko khomik khomo khomovich khonjwayo
khorishko khoroz khosini khosla khoury khoza khrabr khrabrin khranimir khranislava khrelko
khrelo khrisanka khrischo khrisim khrisimir khriso khrista khristalin khristela khristenko
khristich khristiela khristilian khristiliyana khristina khristivilin khristiyan khristo
khristodor khristoelena khristofor khristomil khristomir khristoslav khristov khristova
khristozar khristozornitsian khristozornitsomil khristya khrondel khrusan khuana khuba khuban
khubav khubavelka khubaven khuben khubisa khuboni khudyak khukhuza khulu khuluse khumalo
khumbuza khurana khuyameni khuzwayo khvoyne khvrchilkov khwane khwela kia kiaan kiah kiama kian
kiana kiandra kianna kiano kiapo kiara kiaran kiarie kiarra kibafupia kibar kibbe kibe kiber
kibet kibibi kibiwot kibiwott kibkalo kibler kiboi kibor kiburi kiciak kidane kidawa kidd kidon
kidwell kieber kieca kiedrowicz kiefer kieffer kiehn kiel kielan kielbik kielbowicz kielbus
kielczyk kielek kielich kieloch kiely kiema kiepas kiepura kiera kieran kierane kierans kierat
kierepka kiernan kieron kierra kiersten kiesha kieszek kieth kifaye kifayet kifer kigen kiger
kight kihara kihn kiik kiil kiilu kiio kiiru kiis kiisk kij kijana kijani kijanka kijas kijnder
kik kikas kike kikelomo kiki kikkas kilar kilawee kilback kilbane kilbride kilburn kilby
kilcoyne kilday kildea kilduff kile kiley kilfoyle kilgallen kilgallon kilgore kilhooly kilian
kilic kilicbay kilimnik kiliszek kiljan kilk kilkenny killebrew killeen killen killian killilea
killingsworth killion killooly killoran killough killoughry kilmartin kilmer kilmore kilonzi
kilonzo kilpatrick kilpelainen kilroe kilroy kim kimachu kimaiyo kimani kimanthi kimanzi kimaru
kimathi kimba kimball kimbell kimber kimberely kimberlee kimberley kimberli kimberlie kimberlin
kimberly kimbery kimbilio kimble kimbo kimbra kimbrel kimbrell kimbro kimbrough kimcho kimeli
kimemia kimes kimeu kimi kimiko kimmel kimmo kimmons kimon kimora kimosop kimotho kimsey kimtai
kimura kimutai kimya kina kinaghan kinahan kinal kinard kinaya kincade kincaid kinch kincheloe
kinchen kindra kinel kinet king'ori kinga kingery kingori kingsbury kingsley kingston kiniry
kinka kinkade kinkead kinkela kinlan kinlaw kinlen kinley kinman kinnane kinnard kinne kinnear
kinnegan kinner kinnerk kinney kinnison kinnon kinnunen kinny kino kinoti kinsch kinsella kinser
kinsey kinsler kinsley kinslow kint kinta kinte kintziger kinubi kinuthia kinya kinyanjui kinyon
kinyua kinzer kiogora kiojah kioko kip kipchirchir kipchumba kipenzi kipepeo kipkemboi kipkemei
kipkemoi kipkirui kipkoech kipkogei kipkorir kipkosgei kipkurui kiplagat kiplangat kipleting
kiplimo kipngeno kipngetich kipp kipras kiprislav kipriyan kiprono kiprop kiprotich kipruto
kipsang kiptanui kiptoo kiptui kiptum kipyego kipyegon kir kira kiragu kiraly kiramettin kirat
kirby kircher kirchmair kirchner kircho kirgiz kiri kirien kiril kirilenko kirilivna kirill
kirillov kirillova kirillovna kirilo kirilovich kirimi kirincic kirk kirka kirke kirkendall
kirkham kirkland kirklin kirkman kirkpatrick kirksey kirkwood kirlin kirpenstein kirs kirsch
kirschner kirsi kirsipuu kirss kirsten kirsti kirstie kirstin kirstine kirsty kirt kirtley kirui
kirwa kirwan kiryak kiryaki kiryako kiryluk kis kisakurek kisel kisela kiselev kiseleva kiselova
kiser kish kisha kisilu kisima kiska kisman kisner kissane kissel kisseljov kissinger kistler
kiszczak kitan kitchitsa kitheka kithinji kithome kiti kito kitodar kitomir kitonga kitov
kitprapa kitsao kitson kitt kittakun kitterman kitti kittie kittle kittleson kittredge kittrell
kitts kituku kitumaini kitur kitzler kitzmann kiume kiuru kivela kivi kivilcim kivilo kivimae
kivimaki kivinen kiviniemi kivistik kivisto kivuva kiwara kiwior kiya kiyasi kiyoko kiyoshi
kizer kizil kiziltunc kizzie kizzy kjaer kjalar kjallakur kjalvor kjaran kjarr kjarrval kjartan
kjarval kjeld kjeldsen kjell kjellberg kjersti kjetil kjoi klaarwater klaas kladia klaengur
klaja klama klamka klammer klanac klapac klapacova klapka klapko klapkova klapp klapper klara
klare klaric klarin klas klashorst klasic klassen klasson klatikrushev klatka klatt klaturov
klaudia klaudie klaus klausen klausner klavdija klavdiy klavdiya klavina klavins klavs klea
kleban klebba kleczar kleibrink kleijse kleiman klein kleina kleinschmidt kleist klejna klek
klekot klem klemczak klemen klemencic klemens klement klementina klemenz klemm klemt kleopatra
klepac klepacova klepka klerks kleuna kleybrink kliber kligl klijn klim klima klimacek
klimacekova klimek klimekova kliment klimentivna klimentovich klimko klimkova klimkovic
klimkovicova klimo klimov klimova klimovska klimovski klin kline kling klingelhofer klingensmith
klinger klingler klink klinkosz klisz kliszcz klizan klizanova kloch klock klocker klocko
kloczko kloe kloiber klokoc klokocova klomp klopacka klopackova klopova klopp kloppert klorek
klos klosek klosiewicz kloska klosowicz kloss klothilde klotz kloya kluczek klucznik kluczyk
klug kluj klups klus klysz klyszcz klyta kmak knapek knapp knappe knaran knarran knauer knaus
kneafsey knecht kneeland kneip knepp knepper knez knezevic knezovic kniaz knickerbocker kniec
knighten knighton kniha knihova knina knipp knisely knisley knockaert knoers knop knopf knopp
knorr knott knotts knouse knowles knowlton knox knud knudsen knudson knuf knut knute knuth
knutsen knutson knutsson knutur knyazev knyazeva knych knysak kobak kobal kobayashi kobe kobel
kobelt kober koberl kobia kobielska kobielsky kobilarov kobos kobryn koby kobza koc kocabas
kocaj kocak kocakova kocan kocerli kocevar koch kochanowicz kochel kocher kochman kocian
kocianova kociemba kocijancic kocis kocisova kocjancic kock kocka kockan kocko kockova kocol
kocova kocsis kocur kocurek kocurik kocurikova kocurova kocwin koczara koczy koda kodchaporn
kodran kodric kodukov kody koech koehler koehn koelpin koeman koen koenig koenraad koepke koepp
koerner koester kof kofi kofler koger koggi kogler kogo koh koha kohl kohler kohli kohn kohnen
kohnke kohr kohut kohv koirala koistinen koit koitla koiv koivisto koivula koivunen koj kojder
kojo kok kokalj kokanovic koker kokimira kokk kokko kokkonen koko kokol kokoric kokoshkova
kokosza koktas kolaczek kolaczyk kolade kolak kolanek kolanko kolar kolarczyk kolarec kolaric
kolarova kolarz kolata kolawole kolb kolbeinn kolber kolbjorg kolbjorn kolbl kolbra kolbrun
kolbusz kolby kolchev kolcho koldan koldis kole kolega kolehmainen kolek kolen kolenc kolendo
kolesar kolesarova kolesnichenko kolesnik kolesnikov kolesnikova kolev kolfinna kolfinnur
kolfreyja kolgrima kolgrimur kolic kolichkov kolipatkov kolisnichenko kolk kolka koll kollar
kollarova koller kollmann kolm kolman kolmar kolnik kolnikova kolo kolobov kolobova koloch
kolodub kolodziej kolodziejak kolodziejczyk koloman kolonko kolpak kolskeggur kolster kolsut
kolten kolton koltuniak kolur kolvidur kolyu koman komander komar komara komarov komarova kombe
kombo komen kominiak komisarczyk komisarek komissarov komissarova komljenovic komnin komora
komperda komsta komuda komulainen konat koncagul konda kondej kondo kondrat kondratev kondrateva
kondratiy kondratjev kone konecna konecny kong kongchayasukawut kongsri konguralp koniec
koniecko konieczek konig koning konings konkordia konner konnor konny konon kononov kononova
kononowicz konopelski konopka konopkova konoplenko konoplya konovalov konovalova konrad konradi
konradova konradus konsbruck konsek konstantin konstantina konstantinos konstantinov
konstantinova konstantinovna konstantinus konstanty konstanze kont kontny konttinen konul koo
kooij kool koome koomson koon koonce koons koontz koop koopman koort kopa kopala kopan kopciuch
kopczyk kopec kopecka kopecky koperek kopf kopiczko kopij kopik kopitko kopjar koponen kopova
kopp koppa koppel koppensteiner koppova kopur kopylov kopylova kopysc kopyt kopytko kopyto kora
korab koral korando koray korbel korbin korbinian korbut korcak korcakova korda kordell kordula
kordus kordys korec korecova korede korek koren koret korey korgul korhonen kori korichi korinna
korir korka korkmazalp korkosz kormakur korman kormlod korn kornak kornegay kornek kornel
kornelia kornelija kornelius korneliya kornet korniak kornil kornilov kornilova korol korolenko
korolev koroleva koroma koronkiewicz koros korosec korov korpal korpanyuk korpela korpi korsman
korstman korsun kort korta korte kortelainen korth kortman kortney korugan koruturk kory
korzekwa korzeniak korzh korzonek kos kosak kosalka kosanovic kosc koscevic koscielak kosciesza
koscik kosciolek kosciukiewicz kosciuszko kosela kosemen kosgei koshelev kosheleva koshy kosi
kosiak kosic kosidlo kosiec kosir kosisochukwu koska koskei koskela koski koskinen kosman kosnik
kosno kosoko kosonen kosowicz koss kossak kossler kost kosta kostadinka kostanic kostek kostelac
kosten koster kostera kostin kostina kostka kostkova kostolzin kostorz kostov kostrec kostrecova
kostro kostyantin kostyantinivna kostyantinovich kosukhan kosz kosznik kot kota kotala koterba
kothari kotian kotianova kotkas kotlarek kotnik kotov kotova kotryna kotsev kotseva kott kotulic
kotulicova kotuz kouba koubova kouidri kourosh kourtney koury kovac kovacek kovacevic kovach
kovacic kovacik kovacikova kovacova kovacs koval kovalcik kovalcikova kovalenko kovalev kovaleva
kovalova kovalyuk kovanen kovar kovarova kovpak kovser kovu kowal kowala kowalak kowalczyk
kowalewski kowalik kowalowka kowalska kowalski kowalsky kowaluk kowara koya koycho koyno koyo
koza kozacek kozacekova kozachenko kozacik kozacikova kozaczuk kozak kozakova kozar kozdra
kozdroj kozdron kozelj kozey koziarz koziatek kozica kozieja kozien koziol kozka kozlak kozlov
kozlova kozlowicz kozlowski kozma kozmon kozmonova kozok kozon kozova kozubal kozuszek krabbe
krack kraemer kraft krahn kraig krainer krainz krajcar krajci krajcik krajciova krajcir
krajcirova krajco krajcova krajcovic krajcovicova krajewski krajicek krajicekova krajnc krajniak
kraki krakowczyk kral kralik kralikova kralina kralj kraljevic kraljic krall kralova kralovic
kralovicova kramar kramaric kramarova kramberger kramer krammer kranc kranjc krantz kranz krasa
krasidara krasilnikov krasilnikova krasiyana krasnohorska krasnohorsky krastina krastins
kraszkiewicz krata kratochvil kratochvilova kratz kratzer kraus krause kraushaar krausova krauss
krauz krauza kravchenko kravitz krawczyk kraxner krcelic krebs krecichwost krecisz krecke
kreczmer krefta kreger kregiel kreider kreidl kreiger krein kreiner kreitzer krejcova krekora
kremer kremser krenc krenn krepa kreps kresge kreslina kreslins kresonja kress kreszentia
kreszenz kretek kretowicz kreusel kreuzer krezolek kria krick krieg krieger kriegl kriemhild
kriens krier krieva krievina krievins krievs kriisa kriner kris krish krisha krishna
krishnamurthy krishnan krisi krisjanis kriss krissy krista kristabela kristal kristall kristan
kristaps kristberg kristbergur kristbjorg kristbjorn kristborg kristdor kristeen kristel kristen
kristens kristensa kristensen kristensson krister kristers kristey kristfinnur kristfridur
kristgeir kristgerdur kristi kristiaan kristian kristiana kristiane kristianna kristiansen
kristiansson kristie kristien kristiina kristijan kristin kristina kristine kristinn kristiya
kristjan kristjana kristjon kristjona kristlaug kristlaugur kristle kristleifur kristlin
kristlind kristmann kristmar kristmundur kristny kristof kristofer kristoffer kristoffersen
kristoffersson kristofova kristolina kristopher kristros kristrun krists kristthor kristthora
kristupas kristvaldur kristvardur kristveig kristvin kristvina kristy kristyn kristyna krisztian
krisztina krisztofer kritika krittayanukoon krivec krivoshapkova kriz krizan krizanova krizik
krizikova krizova krkov krochmal kroczak kroeger krogh krohn kroker krokosz krol krolczyk
krolikiewicz kroll krolov krom kronberger kronenberg kronsteiner kroon krop kropilak kropilakova
kropp krossdal krotak krotakova krouse krpan krsanac krstanka krste krsteska krsteski krstev
krsteva krueger krug kruger kruglov kruk krull krum krumina krumins krumm krummi kruns krupa
krupova krupp krus kruschwitz kruse krushovska kruszka kruszona kruze kruzel kryk krylov krylova
krysik krysta krystal krysten krystian krystin krystina krystkowiak krystle krystof krystyna
kryszczuk kryszkiewicz kryukov kryukova krywult kryza krzan krzelj krzempek krzeszowiec krznaric
krzosek krzyk krzykala krzysiek krzysko krzyskow krzystek krzyszczak krzysztof krzysztofek
krzysztoszek krzywon krzywonos krzyzostaniak ksandriniya ksawery ksel ksenija kseniya kshlerin
ksiezak ksiezyk kuan kub kuba kubaczyk kuban kubanek kubasiak kubasiewicz kubec kubecova kubek
kubekova kubheka kubiaczyk kubiak kubicek kubicekova kubicka kubicko kubickova kubieniec kubik
kubikova kubina kubisz kubko kubkova kubo kubon kubova kubow kubowicz kubrak kubran kucab kucera
kucerova kucewicz kuchanua kucharski kucharz kucharzyk kuchciak kuchev kuchkudelova kuciak kucic
kuciel kucz kuczaj kuczak kuddusi kudela kudelka kuder kudlacik kudlacz kudlak kudra kudrjavtsev
kudryashov kudryashova kudryavtsev kudryavtseva kuehl kuehn kuehner kuester kuffa kuffel kuffova
kugler kuhar kuhic kuhl kuhlman kuhlmann kuhn kuhnert kuhns kuijc kuijpers kuilenburg kuiper
kuipers kuisma kuit kujala kujawa kujawiak kujda kujoe kujtim kujundzic kuk kukawka kukiela
kukier kukkonen kukucka kukuczka kulach kulagin kulagina kulakov kulakova kulas kulczak kuldeep
kuliberda kulick kulikov kulikova kulis kulisz kulkarni kull kullervo kulma kulmala kulnun kulon
kulp kultys kulus kum kumar kumari kumer kumi kumiko kummer kumorek kump kumpulainen kumral
kumsoontorn kumush kumushova kuna kunac kunaporn kunc kuncara kuncewicz kunda kunde kundova
kundu kundzina kundzins kunen kunene kunert kung kung'u kungu kunibert kunigunda kunigunde
kuningas kunka kunkel kunkle kunkova kunkyi kuno kunova kunta kunthara kuntz kunysz kunz kunze
kuo kuosmanen kupa kupaj kuphal kupidura kupka kupko kupkova kupova kupriyan kups kupsjak kurach
kuran kurant kurbiel kurc kurcz kurczab kurczak kurda kurek kurg kurgat kuria kurian kurki
kurland kurm kurnia kurniawan kurnik kuronen kuropatwa kurowski kurp kurpanik kurpisz kursa
kursad kurt kurtakova kurtazhova kurth kurtis kurtoic kurtyka kurtz kuruc kurucova kurui kurunzi
kurup kuruvilla kurvits kurylowicz kurys kurz kurzac kurzaj kurzak kurzmann kurzydlo kurzyna kus
kusa kuscevic kusch kusek kusen kushner kushtrim kusi kusiima kusik kusio kusiwaa kuska kuskova
kusmawati kusmider kusnierek kusnir kusnirova kuso kusova kustaa kuster kustosz kusuma kusumo
kuswandari kuswik kuswoyo kusyk kusztal kuszyk kut kutay kutch kutcher kutek kutera kutgun
kutnik kutsar kutt kutun kutz kuus kuuse kuusela kuusik kuusisto kuusk kuvalis kuvezdic
kuykendall kuza kuzia kuzior kuziora kuzma kuzman kuzmic kuzmin kuzmina kuzminichna kuznetsov
kuznetsova kuznia kveldulfur kveta kvetoslav kvetoslava kvist kwaadland kwaakye kwaakyewaa
kwabena kwadwo kwak kwaku kwamboka kwame kwamena kwan kwapien kwapis kwapisiewicz kwarciak
kwartemaa kwarteng kwasek kwasi kweku kweli kwemoi kwesi kweyama kwiatkowski kwinta kwok kwoka
kwon kwong kya kyalo kyan kyano kyara kyaw kyc kycia kyei kyeiwaa kyerewaa kyla kylah kylan kyle
kylee kyleigh kylene kyler kyles kylian kylie kyllian kyllikki kyllonen kym kymani kymberly kyne
kyoko kyong kyosuke kyra kyree kyrie kysel kysela kyselova kyser kyson kyung laakkonen laakso
laaksonen laan laane laanemets laar laarhoven laarse laas laats laba labadie labado labaj laban
labarbera labarge labarre labas labbe labeeb labelle labhra labhradha labhru labib labinjan
labinot labno labocha labonte laborde laboy labra labrecque labrie labuda labudda labudova labuh
labus laca lacasse lacayo lacey lach lachacz lachance lachapelle lachelle lacher lachlan
lachmann lachnain lachtnain lachut laci laciak lacie lacin lacina lacis lacka lackner lacko
lackova laclair laco lacombe lacoste lacour lacourse lacova lacramioara lacresha lacroix lada
ladan ladarius ladavac ladawn ladd ladeck lademann ladhradha ladimir ladina ladislau ladislaus
ladislav ladislava ladli ladner ladniak ladonna ladson ladue laduke ladwig ladziak laeeq lael
laela laenen laer laere laerke laet laetitia lafave lafayette lafe lafferty laffey laffray
laflamme lafleur lafollette lafond lafontaine laforce laforge lafortune lafountain lafrance
lafreniere lagarde lagasse lagat lage lagerweij laghmainn lagiewka lagler lago lagoda lagos
lagrone laguna lagunas lagzdina lagzdins lah lahaye lahey lahiah lahiffe lahmar lahoma lahr laht
lahteenmaki lahti lahtinen lahy lai laia laib laideain laidhe laidhigh laidhin laidhleis laighin
laighnigh laiho laika lail laila lailah lailasari lailati lailligh lailliu laimer
laimhbheartaigh laimhin laimonis laine lainey laing laini lainn laiq laird lais laisha laith
laithbheartaigh laithimh laithmhe laitinen lajcak lajcakova lajciak lajciakova lajita lajlaj
lajoie lajos lajuana lakatos lakaza lakeesha lakehal lakeisha laken lakendra lakenya lakesha
lakeshia lakey lakhal lakhdari lakia lakiesha lakin lakisha lakita lakoseljac lakota laks
laksana laksh lakshit lakshmi laksita laksmiwati lal lala lalak lale lalezar laliberte lalita
lalka lalko lall lalla lallaidh lallaigh lallemand lally lalo lalonde lalor laloux laly lamac
lamacova lamanna lamar lamarcus lamarr lamarre lambdin lambe lambers lamberson lambert lamberto
lambeth lambi lambo lamborghini lambot lambotte lambrecht lambrechts lambregt lambyu lamch
lameck lamere lamesch lamhain lamhna lamine lamiye lamkin lamm lammas lammens lammer lammers
lammi lamon lamonica lamons lamont lamontagne lamonte lamore lamoreaux lamothe lamotte lamoureux
lampa lampart lampe lampert lamphere lampinen lampkin lampl lampley lampman lamprecht lamri
lamson lamula lamy lan lana lanagain lanang lancaster lancisi landa landan landau lande
landeghem landen landeros landers landes landgraf landin landis landl lando landon landreneau
landreth landrum landry landstrom landwehr landy landyn lanell lanelle lanette laney lanford
lanfranchi lang langa langalibalele langan langat langdon lange langeni langer langern langevin
langevoort langford langgeng langham langhorne langier langiewicz langley langlois langosh
langston langton langworth langworthy lanham lani lanie lanier lanigan lanita lanjar lanka
lankford lankinen lankle lanners lannie lanning lannon lanny lanora lanoue lanselot lansing
lansink lantar lantz lanz lanza lao laochdha laodhog laoghaire laoghog laoi laoidh laoidhe
laoidhigh laoingsigh laoise laoithe laon laora laouar lapacz lapain lapaj lapan lape laperle
lapham lapierre lapin lapina laplant laplante lapoint lapointe laporte lapot lapp lappalainen
lappin laprade lapsa laqeet laquan laquanda laquita lar lara larae laraine laramie laras larbi
larcain larcher lardinois lardner lareau laree larensina larent larentius lares laretta larey
largan largent largey larhonda laribi larimore larionov larionova larios larisa larissa larita
lariviere larkin larkins larmon larocca laroche larochelle larock larocque laron laronda larosa
larose larouche larrabee larraine larranaga larrea larrison larry lars larsen larson larsson
larue larus lary larysz las lasa lasaidhe lasak lasalle lasandra lasater lascar laseter lashanda
lashandra lashaun lashaunda lashawn lashawna lashawnda lashay lashell lasher lashley lashon
lashonda lashunda lasic lasica laskal laskar laskawiec laskey laskowski laskus lasky lasley
lasmanto lasmono lasonya lasse lassen lasseter lassi lassila lassiter lassnig laster lastr
lastra laswi laszcz laszczyk laszkiewicz laszlo laszuk lata latacz latanya latarsha latasha
latashia lateef latek latesha lathaigh latham lathan lathrop lathrope latia laticia latier latif
latifah latika latimer latimore latin latina latisha latko lato latonia latonya latoria latorre
latosha latoszek latour latoya latoyia latreche latrell latrice latricia latrina latrisha latsa
latshaw latson latt latta lattimer lattimore lattin lattuada latupono latuszek latvala latyu lau
laub laubach lauderdale lauer laufar laufey laufheidur laufhildur laufkvist laufland lauga
laugdal laugey laugheidur laughlin laugi laukkanen launa launay laur laura lauralee lauran
laurance laure laureano laureen lauren laurena laurence laurene laurens laurenson laurent
laurentia laurentiu laurenz lauretta laurette laureys lauri lauria laurian lauriane laurice
lauridsen laurie laurila laurin laurina laurinda laurine lauris laurita laurits lauritsen
lauritz laursen lauryn laurynas laus laust lautaro lauver lauwers laux lauzon lavada lavalle
lavallee lavalley lavallie lavan lavanya lavar lavell lavelle lavenia lavera lavergne lavern
laverna laverne laverriere laverty lavery laveta lavette lavigne lavin lavina lavine lavinia
lavize lavoie lavon lavona lavonda lavone lavonia lavonna lavonne lavr lavrenko lavrentev
lavrenteva lavrentiy lavric lawal lawana lawanda lawanna lawerence lawhon lawhorn lawing lawler
lawley lawlor lawniczek lawrance lawrence lawrencia lawson lawton laxfoss laxmi laxton layfield
layla laylah laylo laylova laymon layne layth layton lazar lazarek lazarenko lazarev lazareva
lazarevska lazarevski lazaro lazarus lazcano lazenby lazim laziz lazizov lazo lazov lazova
lazuardi lazura lazzaro lchezarka leachman leacy leadbetter leadus leagha leah leahy leake leal
leala leallaigh leaman leamhna leamon leana leanachain leander leandr leandra leandre leandro
leane leann leanna leannain leanne leannon leano leanora leao lear learmonth leart leary leasure
leath leatha leathaigh leatherman leatherwood leathlobhair leatrice leavell leavey leavitt leavy
leban lebar lebeau lebedev lebedeva lebel leber leblanc lebo leboeuf lebon lebreton lebron
lebrun lebsack lechner lecho lechuga lecia leclair leclaire leclerc leclercq lecocq lecompte
lecomte leconte lecoq lecroy leda ledbetter leddin leddon leddy lede ledent lederer lederman
ledesma ledet ledezma ledford ledion ledner ledoux leduc ledun ledwich ledwith ledzion leeann
leeanna leeanne leeb leeds leedy leela leeman leemans leemput leen leena leene leeney leeper
leeroy leesa leeson leeuw leeuwen leevi lefebvre lefever lefevre leff leffler lefkowitz lefler
leflore lefort leftwich lega legaspi legault legawa legendre leger legere legette legg legge
leggett legnante legovic legowik legrain legrand legros leguit legutko lehane lehikoinen lehiste
lehman lehmann lehn lehner lehoux lehr leht lehtimaki lehtinen lehtla lehtmets lehto lehtola
lehtonen leia leib leibetseder leibowitz leida leider leidhin leidhinn leidolfur leidy leif
leifur leigh leigha leighann leighin leighinn leighton leighty leija leiker leiknir leikny leila
leilani leineachain leininger leino leinonen leire leisa leisha leist leister leitch leite
leiter leitgeb leith leitha leithner leitner leiva leja lejeune lejk lejla lejman leka leke
lekha lekisha leko leks lela lelah leland lelar lelas lelei leleu leleux lelia lelievre
lelijveld lelito lella lelonek leloup lem lema lemaire lemaitre leman lemanowicz lemaster
lemasters lemay lemayian lembah lembede lember lemelin lemeshko lemiesz lemieszek lemieux leming
lemire lemke lemley lemmens lemmer lemmie lemmon lemmons lemoine lemonnier lemos lempart
lempereur lempi lemuel lemus len lena lenaerts lenaghan lenah lenarcik lenard lenc lenche lenda
lene leneghan lenehan lengauer lengyel lenhart leni lenic lenihan lenik lenin lenita lenka lenko
lenn lenna lennane lennard lennart lennarth lennartsson lennert lennie lennon lennox lenny
lenoir lenon lenora lenord lenore lenox lensen lentz lenwood lenz leo leocadia leocadio leoid
leokadia leola leoma leon leona leonard leonarda leonardi leonardo leoncavallo leonce leoncio
leone leonel leonetti leong leonhard leonhardt leonhartsberger leoni leonia leoniak leonid
leonida leonidas leonidivna leonidovich leonidovna leonie leonila leoniuk leonor leonora leonore
leonovna leonowicz leons leontin leontina leontine leontiy leontiyivna leontiyovich leopardi
leopold leopolda leopoldina leopoldine leopoldivna leopoldo leopoldovich leora leordean leos
leota lepa lepage lepak lepe lepek lepianka lepik lepisto lepka lepley lepore lepp leppanen
leppert leppik lepsik lepsikova ler lera lercari lerch lercher lere lerma lerman lerner leroux
leroy lertsattayanusak leruth lerze les lesa lesage lesana lesch lescic lese lesha lesher lesia
lesic lesiewicz lesik lesisz lesivna lesjak leskinen lesko leskovar leskovic leslee lesley lesli
leslie lesly lesna lesner lesniak lesnik lesny lesperance lessard lessie lesta lestari lester
lesure leszcz leszczak leszczuk leszczyk leszczynski leszek leszkiewicz leta letafet letelier
letellier letendre letha lether lethia leticia leticija letif letife letifxanli letisha letisiya
letitia letizia letkiewicz leto letourneau letova letson lett letta lettie lettiere lettner
letty leu leunberger leung leuschke leutgeb leuven lev leva levan levar levasseur levchenko
levcho leveille levenson levent levente leveque leverett leverette levern levesque levi levie
levin levina levine levingston levins levinson levis levitt levko levon levoslav lew lewa
lewallen lewandowski lewek lewellen lewicz lewin lewis lewko lewter lex lexi lexie lexis lexus
ley leyba leyden leydi leydon leyla leyli leyre leys leysen leyton leyva lezama lezize lezlie
lezon lhanzey lheureux lhoir lia liadhain liagha liaghain liain liam lian liana liane liang
lianne liao lias liathaigh liathain liba liban libardo libbie libby liber liberatore libert
liberta liberto libia liblik libni libor librada libusa libuse lica licata liceth licho lichon
licht lichtenegger lichtenstein licia licis licon licul lida liddane liddell liddie liddle liddy
lideadha liden lidia lidie lidija lidiya lidiyka lidstrom lidwina lidya lieb liebelt lieberman
liedtke liegeois lieke liekens lienard liendert liene liepa liepina liepins lier lierde liesa
liesbet liesbeth lieschen liesel lieselot lieselotte lieshout lieve lieven lievens lieze lif
lifdis liga ligas lige ligenza liggett liggins lighe lightfoot lightner lightsey ligia ligita
ligon ligorio ligtvoet liguori liimatainen liisa liiv liiva liivak liivamagi lijn lika likar
likhachev likhacheva likhiya lila lilah lilburn lilcho lile liles lili lilia lilian liliana
liliane lilianna lilie lilija lilijana lilita liliya lilja liljan liljana liljar liljegren
liljuros lilko lill lilla lillard lillemets lillemor liller lilley lilli lillia lilliam lillian
lilliana lillianna lillie lillis lillo lilly lilo lilou lilyan lilyana lilyanka lilyanna lim
lima liman limar limazah limbourg limbu limburg limon limonadov limones lin lina linah linares
linas linberg linbjorg lincoln lind linda lindah lindahl lindar lindau lindberg lindbergh
lindblad lindblom linddal linddis linde lindell lindeman lindemann linder linderman lindfors
lindgren lindh lindholm lindinger lindis lindita lindkvist lindley lindmark lindner lindo
lindorfer lindquist lindqvist lindroos lindsay lindsey lindskog lindsley lindstrom lindsy
lindvall lindy lineberger lineberry linehan lineik linek linet linette liney ling lingenfelter
lingerfelt lingle lingny linh linhart linhildur lini lininger linka linke linkiewicz linkous
linn linna linnane linnea linnie linny lino linschoten linscott linsey linskey linster lintang
linthicum lintner linton lintz linus linville linwood linzy lio lioara lioba liodain lionachain
lionel lionnain liostun liovic lipa lipe lipford lipika lipinski lipka lipko lipkova lipman
lipok lipova lipowicz lipp lippens lippert lippincott lippomano lipponen lipps lipscomb lipsey
lipson liptak liptakova lipton lirette liriano liridon liridona lirim lirjan lis lisa lisabet
lisabeth lisak lisandra lisandro lisanne lisbet lisbeth lise lisebet liselott liselotte lisenko
liseth lisette lish lisha lisica lisicka lisicky lisik lisk liska liskiewicz liskova lison liss
lissa lissette lissi lissie lissy listalin lister liston listwan lita litchfield litchford
litewka litha littel litten litteral littie littizzetto littlefield littlejohn littles littleton
litton littrell litva litvin litvinenko litvova litwa litwin litwinczuk litwiniuk litwinowicz
litzy liu liukkonen liv liva livengood liverman livermore liverotti livesay livia livingston
livingstone livio liviu liwia liya liyaaqat liyaqat liz liza lizabeth lizama lizana lizarraga
lizbeth lize lizete lizeth lizette lizon lizotte lizurej lizz lizzette lizzie lizzy ljiljana
ljos ljosalfur ljosbjorg ljosbra ljotunn ljotur ljubetic ljubic ljubica ljubicic ljubisa ljubov
ljudmila ljufur ljung ljungberg ljunggren ljungqvist llabres llado llanes lledo llewellyn llobet
llopis llorens llorente lloret lloyd lluch loa loaiza loar loba lobacz lobanov lobanova lobato
lobb lobdell lobo lobos lochain lochel locher lochlainn lochlann lochnain lochrain lochtnain
lockard locke lockett lockhart lockie locklear locklin lockman lockridge lockwood loda lodej
lodewijk lodmfjord lodmundur lodovico lodyga loe loeb loeffler loehr loek loep loera loes loesch
loewen lof loffler lofgren lofn loftin loftis lofton loftur loftus loftveig logain logan logar
logey loggins loghan logi loginov loginova logsdon logue lohit lohman lohmann lohmus lohr
loibhead loibl loic loice loida loideain loididh loidl loineachain loingscigh loingse
loingseachain loingsigh loinn loinne loinnigh loinnsge loinnsgigh loirgneain lois loise loiseau
loiselle loj loja lojek lojekova lojen lojka lojko lojkova lojova lokaj lokbra loke lokey loki
lokietek lokk lola lolita lolla lollar lollie lollis lollobrigida loma lomas lomax lombard
lombardi lombardo lombroso lomeli lomgaigh lommert lomonaco lomp lon lona lonagain lonain
lonargain londa londain londisizwe londiwe london londono londra londyn lonen lonergan loney
longaigh longain longan longfellow longhena longin longino longley longmire longo longode
longoria longshore longstreet loni lonie lonn lonna lonnain lonndra lonndraigh lonndun lonnie
lonnradh lonny lonzo loo loock loomis looper loorits loos looveren looy lopa loper lopez
lopresti lor lora loraine loralee loran lorang lorans lorayne lorca lorcain lorcan lorch lordain
lordan loreal lorean loredan loredana loree loreen lorelai lorelei loreley loren lorena lorencin
lorene lorens lorent lorentz lorenz lorenza lorenzen lorenzo loreta loreto loretta lorette
loretto lori loria loriann lorie lorik lorilee lorin lorina lorinda lorine loring loris lorita
lorna lorne lorraine lorrayne lorreijn lorretta lorri lorriane lorrie lorrine lorusso lory losa
losada losatapornpipit losekann losey losiak losiewicz loska losoya lossie lota lotfi lothar
lotharingen loti lott lotta lotte lotti lottie lotz lou louana louane louann louanna louanne
loucif loucks louden loudermilk louella louetta lough loughlin loughman loughnane loughran
loughrey loughry loui louie louis louisa louise louisiana louissaint louka loula louna lounis
lounsbury louque loura lourdes loureiro lourenco lourie lousie louvenia louviere louws lova
lovato lovcho loveday lovejoy lovelace lovelady loveland lovell lovella lovern lovett lovetta
lovette lovey lovgren lovie lovin lovina lovins lovis lovisa lovre lovric lovro lowder lowe
lowell lowery lowie lowman lowney lowrance lowrey lowrie lowry lowther loy loya loyce loyd
loyola loza lozada lozan lozana lozanka lozano lozen lozier lozoya luachra luag luain luaire
luaithrinn luan luana luanaigh luann luanna luanne luara luasa luasaigh luay luba lubelo
lubenets lubera luberda luberta lubhaing lubhog lubica lubin lubina lubinova lubna luboch
lubomir lubomira lubor lubos luboslav luboslava lubowitz lubs luby luc luca lucarelli lucas
lucca lucchesi lucciano luce lucel lucena lucentiu lucero lucetta lucette lucey luchezar luchino
lucho lucht luci lucia lucian luciana luciani luciano lucic lucie lucien lucienne lucier lucija
lucila lucile lucilla lucille lucina lucinda lucindy lucio lucious lucitt lucius luckett luckey
luckiewicz lucrecia lucretia lucretiu lucrezia lucus lucy luczak luczka luczkiewicz luczyk luda
luddy ludek ludger ludhog ludie ludivina ludivine ludlow ludmila ludmilla ludo ludolf ludomil
ludomila ludonga ludovic ludovica ludovico ludovicus ludovisi ludovit ludvig ludvik ludvika
ludwick ludwig ludwik ludwin ludwina ludwiniak ludwisiak ludzik lue luebke lueck luedtke
lueilwitz luej luella luena luengo luetta luettgen luevano lufen luft lugenia luger lughadha
lughbhadha lugo luht luhung lui luibhead luigi luigia luigina luik luin luineachain luinenburg
luing luinigh luis luisa luisana luise luisead luisina luitgard luitgardis luiz luiza lujan
lujza luka lukac lukacova lukacs lukan lukas lukash lukasik lukasiuk lukasz luke lukens luker
lukes lukhele lukic lukin lukina lukinic lukita lukiya lukk lukka lukman luko lukowiak lukowicz
luks luksa luksic luksova lukstina lukstins luksza lukyan lula lulah lulankov lular lulcho lulek
luli lulie luljeta lulla lulu luluh lulut lulzim lum luman lumbasi lumbreras lumi luminita lumir
lumiste lumley lummus lumpkin lumpkins lumsden lumumba luna lunaigh lunam lunceford lund
lundberg lundblad lunde lundeen lundell lundgren lundh lundholm lundi lundin lundkvist lundmark
lundon lundquist lundqvist lundra lundstrom lundy lungile lunham lunn lunna lunney lunny
lunsford lunt luo luog luoma luong luongo lupain lupe luper lupina lupita lupiy lupo luptak
luptakova lupton luqe luqmaan luqman luque lura lurana lurena lurgain lurhur luria lurlene
lurline lusby luscher luse lusia lusiak lusinda lusio lusis lusiya lusk lussier lussu
lustenberger luszczak luszczyk lut luter lutf lutfan lutfi lutfiyye lutgarde lutgardis lutgart
lutgen luther luthfi luthi lutholoni luthra luthuli lutie luton luts lutsenko luttenberger
lutterveld luttrell lutz luu luuk luukkonen luvenia luverne luvinia luvisa luvuno luwar luwes
lux luxardo luxemburg luyanda luyckx luyssel luyten luz luzi luzia luzie luzius luzmira lvovna
lwandile lwandle lya lyall lyam lyanka lyashko lybarger lyczak lyczek lyda lydell lyden lydia
lydiah lydiane lydianne lydie lydon lydur lyjak lykins lykke lyla lylah lyle lyles lyman lyn
lyna lynchechaun lynchehaun lynda lyndia lyndon lyndsay lyndsey lyne lynell lynelle lynetta
lynette lyng lyngar lyngberg lyngheidur lynley lynn lynna lynne lynnette lynsey lynskey lynwood
lyon lyons lyp lys lysaght lysiane lyskawa lytingur lytkin lytkina lytle lytton lyubim lyubimi
lyubina lyublina lyubomir lyuboslava lyubosmysl lyubov lyudmila lyulyana lyusila maahir maaike
maajid maalik maalim maanas maanav maaren maaria maarit maarten maartje maas maasgouw maasik
maaswinkel maath maatta maawiya maaya maaz maazin mabad mabanga mabaso mabe mabel mabell mabelle
mabery mabhena mabhodla mabhoko mabika mabil mabizela mable mabon mabrey mabry mabuya
mabuyakhulu mabuza mac maca macadoo macaleavy macallen macaloon macaluso macan macanally
macarena macaria macario macart macarthur macasa macaulay macauley macbreen macbride maccaffrey
maccanelli maccann maccartan maccarthy maccarville macclenaghan maccole maccomisky macconachy
macconnaghy maccool maccormack maccrohan maccurtin macczak macdermott macdevitt macdonagh
macdonald macdonnell macdougall macdowell macdwyer macdyer macedo macegan macejkovic macek
macekova macel macelgunn maceo macesic macever macevoy macey macfadden macfall macfarlane
macfaull macgee macgeehan macgill macgilligan macging macginley macginnitty macginnity macginty
macgloin macglynn macgovern macgreal macgregor macgroarty macguinness macgurk mach macha
machacek machacekova machackova machado machain machale macharia machata machatova machelle
machen machenry macher macheta machnac machnacova machniak machon machova machowiak machowicz
machuca machugh machul maci macias macide macie maciej maciejczuk maciejewicz maciejewski
maciejko maciejuk maciel macik macikova macinerney macingwane macinnes macintyre maciocha maciol
maciuk maciuszek mack macka mackay macken mackenna mackenzie mackeown mackesey mackevitt mackey
mackie mackin mackinnon mackle macklin macko mackova mackovic mackovicova mackow maclean macleod
maclin maclysaght macmahon macmillan macmonagle macmorrow macmullan macmullen macnabb macnaboe
macnaboola macnally macnamara macnamee macneela macneil macneill macnelis macnulty maco macomber
macon macova macpherson macphilbin macrae macrea macri macs macshea macsweeney mactiernan
maculewicz macveagh macveigh macwilliams macy madadhain madagain madaha madaidh madaidhe
madaidhin madain madajczyk madalena madalene madalin madalina madaline madalyn madalynn madan
madani madaoin madar madara madariaga madaric madaricova madarova maddalena maddie maddison
maddock maddox maddux maddy madej madejczyk madejova madela madelaine madeleine madelene
madelief madeline madelyn madelynn mader madera maderna maderno madewell madge madhav madhavi
madhubuti madi madiba madide madie madigan madilyn madilynn madina madinaeva madinane madini
madisen madison madisson madisyn madiyan madlala madlanduna madleina madlen madlula madlyn madoa
madondo madonna madonsela madora madore madrid madro madrzak madrzyk madsen madson madu maduma
maduna madunic madura madyan madyson madzia madziar madziba mae maebell maebelle maeda maegan
mael maelle maelys maenpaa maeots maertens maes maesalu maestas maestre maeva maeve maeyer maez
mafalda maffei mafobo maftuna maftunova mafuleka mafulela magagula magain magal magalhaes magali
magalie magallanes magallon magalova magaly magan magana magann magar magaret magarete magauran
magda magdal magdalen magdalena magdalene magdaleno magdaline magdolna mageba magee mageean
magen magennis magennity mager magers mageto magg magga maggard maggey maggi maggie maggio
maggioli maggy maghanga maghnuis magi magier magill maginn maginnis maglio magna magnani magndis
magne magnea magner magnes magness magney magnfridur magngeir magnheidur magnhildur magni magno
magnthor magnthora magnus magnusina magnuson magnusson magny magolwana magombo magononde magoon
magoza magrassi magrath magret magrit magruder magryta magubane maguidhir maguire magujwa
magutshwa magwaza magwood magyar mahad mahaffey mahajan mahal mahala mahali mahalia mahalie
mahamba mahamed mahamud mahan mahaney mahar maharaj mahat mahaye mahaz mahbeer mahboob mahbub
mahdee mahdi mahdiev mahdy mahe mahedy maheen mahendra maher mahesa mahesh maheswara mahfooz
mahfud mahfuj mahfuz mahi mahieu mahigul mahika mahir mahire mahizer mahja mahlaba mahlalela
mahlangu mahlase mahler mahlinza mahlobo mahlon mahmood mahmoud mahmoudi mahmud mahmudov
mahmudova mahmut mahnaz mahnet mahon mahone mahoney mahony mahood mahr mahsa mahsun mahter
mahulena mahulube mahurin mahy mai maia maicin maicol maida maidana maidin maidis maidla maie
maier maierhofer maighread maija maik maike maiken maikol maila maile maillard maille maillet
maillot mailloux maimuna maimunah maina mainchin maine maines maingi maingin mainichin mainin
mainka mainnin mainor maio mair maira maire mairead mairhofer mairin mairtin maisa maise maisha
maisie maisol maisonet maisy maite maitha maithnin maithya maitiu maivi maiya maiyo maj maja
majak majani majcen majchrzak majczyna majd majdak majdan majdanova majdenic majdi majdy majeed
majella majerczyk majerus majeska majeski majesky majewicz majewski majid majken majnusz majoka
majola majorana majorczyk majorek majorie majos majozi majsterek majstorovic majtczak majtyka
majumdar majvor majzner mak makai makaila makala makan makar makara makarena makarenko makarivna
makaronski makarov makarova makarovich makarovna makaruk makau makayla makeda makeen makela
makena makenna makenzie makhanya makhathini makhaye makhaza makhedama makhi makhlouf makhloufi
makhno makhoba makhubo makhulukhulu makhunga maki makiela makin makinde makinen makini makinwa
makkonen makles mako makogon makokha makori makos makosz makova makovac makovec makovecova
makovica makovicka makovicky makovy makowski makris maks maksim maksimiliyana maksimiljan
maksimilyan maksimivna maksimov maksimova maksimovich maksimovna maksimowicz maksude maksur
maksym maksymilian makulec makulu makunga makungu makurat makuta makuu mal mala malacarne
malachi malachovska malachovsky malachy malak malakai malaki malakova malambule malaparte malara
malarczyk malas malatesta malave malaya malcharek malcher malcherek malcolm malcom maldanado
maldonado malea maleah malecha malecki malek malembe malen malena malenchini malene malesza
maleszka maletic malevu malewicz maley malfait malfridur malgorzata malherbe malhildur malhotra
malia maliah malick maliglowka malik malika malikova malin malina malinda malinen malinga
malinova malinowski malio malipiero malisa malisek malisekova malishko malissa malissie malisz
maliyah maliza malka malki malkin malla malle mallery mallett mallette malley mallick mallie
mallien mallon mallorie mallory malloy malm malmberg malmfridur malmgren malmqvist malmstrom
malnar malo maloba maloca malocha maloid malon malone maloney malorie malosev malota malott
malou malowney maloy malpass malpighi malsen maltais malte malthe maltina malu maluki maluleka
malva malveaux malvin malvina malwina maly malycha malys malysiak malyszek malyszka malz malzer
mamadou maman mamani mamba mamcarz mamchur mame mamen mamic mamie mammen mammie mamo mamojka
mamojkova mamontov mamontova mamula mamun mana manaaki manabu manachain manacorda manadis manaf
manah manahan manaia manan manana manavski manawa manbir manca mancebo mancha manchester
manchestryunayted mancho mancia mancilla mancini manco mancuso mand manda mandal mandala
mandasari mandel mandell mander manders manderscheid mandeville mandi mandie mandl mandla
mandlakhe mandrysz mandujano mandy manel maner manerva manervia maness maney manford manfred
manfredi mangal mangale mangan mangat mangcamane mangede mangel mangen mangena mangethe mangfova
mangino mangold mangrov mangrum mangual mangum mangunsong mangus mani manie manigault manila
manilla manion manis manista manja manjon manke mankin manley mann mannan manne mannie mannik
manninen mannino mannion manniste mannisto mannix manno mannoia manns manntain mano manoel manol
manola manole manolesso manolina manolo manon manos manpreet manqele manrique manriquez mansa
mansell mansfield mansilla mansiz manske manso manson mansour mansouri mansson mansur mansurali
mansveld mansvelt mantain mantas mante mantegazza mantegna manthan manthey mantooth mantshinga
mantyla manu manuel manuela manuelita manuella manuelle manuil manullang manunta manus manush
manya manyoni manyu manzanares manzano manzer manzezulu manzi manzini manzo manzoni mao maoil
maoilceir maoilcheir maoilcheire maoilchiarain maoildhia maoileachain maoileadaigh maoileagain
maoileain maoileala maoileanaigh maoilearca maoileide maoileoghain maoileoin maoilfheabhail
maoilia maoiliadh maoiligeain maoilin maoilmhiadhaigh maoilmhichil maoilmhin maoilriain
maoilshearcaigh maoineachain maoinigh maoir maol maolagain maolain maolalaidh maolalaigh
maolalla maolallaidh maolallaigh maolchaoine maolchatha maolchathaigh maolchraoibhe
maoldhomhnaigh maoldomhnaigh maolduin maolfhabhail maolfhabhaill maolfhachtna maolghuala
maolmhochoirghe maolmhuaidh maolmhudhog maolmhuire maolmuaidh maolriaghain maolriain maolruaidh
maolruaidhe maolruana maolruanai maolruanaigh maoltuile maonagail maonaigh maongail maonghaile
maothagain maouche mapes maphalala maphanga maphindela maphisa mapholoba maphumulo mapp maqsud
maquet mara marable marach maraea maragaret maragret maralyn marambio maranain maranda maranga
marangoni marano maras marasco marasovic maraszek marat maravilla marazzi marbjorn marbun
marburger marc marcacci marcachain marcaigh marcano marcantonio marceau marcel marcela marcelene
marcelina marceline marcelino marcell marcella marcelle marcello marcellus marcelo marcene
marceron marchal marchan marchand marchant marchelle marchello marchelo marchese marcheta
marchetti marchlewicz marci marcia marcial marciano marcie marcin marcinczyk marcinek
marcinekova marciniak marciniszyn marcinko marcinkova marcinkowski marcinova marcio marco marcol
marconi marcos marcotte marcoux marcu marcum marcus marcy mardell marden mardesic mardhiyah
mardis mardones marduras marec marecek marecekova marechal maree mareen mareike mareikura
mareile marek marekova mareks marel marela mareli marella marely maren marenzio maresca marese
maresova maretic marey marez marfa marfell marfridur marg marga margana margaret margareta
margarete margaretha margarethe margarett margaretta margarette margarida margarit margarite
margaritha margarito margart margas margaud margaux marge margeir margene margeret margert
margery marget margherita margie margit margita margitova margitta margo margol margolis
margorie margot margoth margraf margreiter margret margreth margrethe margrett margretta
margrieta margrimur margrit margrith margrjet marguerita marguerite margueritte margunnur
margurite margus marguy margy marheidur marhta mari mariadi mariah mariam mariama marian mariana
mariane marianela mariangela mariani marianita mariann marianna marianne mariano marianova
marias maribel maribeth maric marica maricel maricela maricevic maricica maricruz marie
mariechen marieke mariel mariela mariele mariella marielle marieluise marien marietta mariette
marija marijan marijana marijanovic marijke marijn marijon marika mariko marilee marilena
marilla marilou marilu mariluz marilyn marilynn marin marincho marinda marinel marinela
marinella marinelli marineta marinette marinetti marinez maringer marini marinka marinkovic
marino marinovic marinus mario marioara mariola mariollita marion mariotka maripuu maris marisa
mariscal marise marisel marisela marisha marisol marissa maristela marit marita marite marites
maritim maritna maritta maritza mariuca mariuerla marius mariusz marivel mariy mariya mariyah
mariyan mariyka marja marjaana marjan marjana marjanca marjani marjanovic marjatta marjeta marjo
marjon marjona marjonova marjorie marjory marjukka marjut markanjevic markas markel markell
markert marketa marketta markey markham markiel markiewicz markita markivna markkanen markku
markl markland markle markley marklund marko markos markosova markov markova markovac markovic
markovich markovicova markovska markovski markowitz markowski markrun markthor markus markusova
marla marlana marland marlar marlatt marlaug marlee marleen marleigh marlen marlena marlene
marleny marler marley marlie marlier marlies marliese marline marlis marlise marlo marlon marlow
marlowe marly marlyn marlys marlyse marmol marmolejo marmon marna marnach marnain marnan marni
marnie marnita marnix maroa marolina marolt marolyn maron maroney maroof maros marosova marosz
marotta marpaung marple marquardt marquart marquerite marques marquet marquetta marquette
marquez marquita marquitta marr marra marren marrero marri marrinan marrion marriott marron
marrone marroquin marrs marrufo marsa marsden marselia marselina marsellius marsha marshall
marshburn marsibil marsic marsili marsilia marsito marsovich marston marsudi marsy marta martain
martaka martan martana martani martanova marte marteinn martel martell martelli martensson
martez marth martha marthe marthen marti martic martijn martika martikainen martim martina
martinak martinakova martincek martincekova martincevic martindale martine martineau martinec
martinecova martinek martinekova martinelli martines martinez martinic martinivna martiniyan
martinka martinko martinkova martinkovic martinkovicova martino martinova martinovic martinovich
martinovicova martinovska martinovski martinsen martinson martinsson martirio marton martone
martorell martova martta martti marttila marttinen martucci marty martyan martyka martyn
martynas martynov martynova martynowicz martz marus marusa marush marusic marusya maruszczak
maruszczyk marva marvella marvin marvis marwa marwata marx marxer mary marya maryadi maryalice
maryam maryamova maryann maryanna maryanne maryanto maryati marybelle marybeth maryellen
maryetta maryjane maryjo maryland marylee marylene marylin maryline maryln marylou marylouise
marylyn marylynn maryrose maryse maryvonne marzano marzena marzic marzorati masa masai masako
masango masao masar masarik masarikova masarova masaryk masarykova mascagni mascarenas mascaro
mascheroni masek maseko maser masese masha mashaba mashasha mashburn mashimane mashinini mashiya
masho masi masiak masibekela maside masika masikane masila masilela masina masinde masinga maske
maskova maslach maslankiewicz maslina maslo maslon maslov maslova maslyak masna masny masokha
masondo maspero masri massa massaro massart masse massenburg massengale massengill masseron
masset massey massie massiel massimiliano massimo massin massingill massinissa masson mastandrea
masterson mastin maston mastroianni masuku masume maszczyk maszkiewicz maszota mata matacz
matagne matahlija matamala matana matano matara matas matchett matea matei matej mateja
matejczuk matejczyk matejka matejkova matejuk matela matelot matenko mateo mateos mater materek
materka materne matesa mateu mateus mateusiak mateusz matevska matevski matevz matey matha
mathaba mathebela mathebula matheka mathenge mathenjwa matheny matheo mather matherly matherne
mathers mathes matheson mathetha matheus mathew mathews mathewson mathghamhna mathias mathiasen
mathibela mathiesen mathieu mathijs mathilda mathilde mathis mathisen mathison mathol mathonsi
mathot mathula mathuna mathunjwa mathurin mathwasa mathy mathys mati matias matiasko matiaskova
matic matie matija matijas matijevic matikainen matilainen matilda matilde matile matinawin
matiss matiu matjaz matka matko matkovic matla matlock matney mato matokanovic maton matos
matosevic matous matousek matouskova matovina matranga matraszek matson matsuda matsumoto matta
mattarella mattea matteo matteotti mattern matteson matthai matthaus matthea matthes matthew
matthews matthia matthias matthies matthieu matthijs matthilda matthildur matthys matti mattia
mattiana mattias mattice mattie mattila mattina mattingly mattis mattison mattos mattox mattson
mattsson matty mattye matula matulewicz matulic matulin matulka matunda matura maturana matus
matusewicz matusiak matuszewski matuszyk matveev matveeva matveevich matveevna matvejev matvey
matviyenko matwiejczyk matyas matyash matyjas matyjasek matyjaszek matyka matynia matyszczak
matyu matz maua mauck maud maude maudie mauer maughan mauk maulana mauldin maundu mauney mauno
maupin maura maureen maureira maurer maurery maureryova mauri maurice mauricette mauricio
maurilio maurin maurine maurita maurits mauritz maurizio mauro maurus maury maurycy maus mauti
mavela mavie mavis mavra mavric mavundla mavuno mavuso mawanda maweu mawewe mawia mawira maxence
maxey maxfield maxi maxie maxime maximiano maximilian maximiliano maximilien maximillian
maximina maximino maximo maximus maxine maxon maxson maxwel maxwell maxx maya mayaka mayasari
maybell maybelle mayberry maye mayer mayerhofer mayerly mayers mayert mayes mayeza mayfield
mayhew mayise mayisela maykol mayle mayme maymie maynard mayne maynes maynor maynur mayol mayola
mayon mayorga mayr mayra mayrhofer mays maysa mayte mayton mayya maza mazalankosi mazan mazanek
mazek mazepa maziarczyk mazibuko mazie mazik mazilescu maziya mazlum mazon mazouz mazouzi mazur
mazurek mazurkiewicz mazwi mazza mazzacurati mazzanti mazzarella mazzeo mazzi mazzini mazzocchi
mazzola mazzone mbaabu mbae mbaka mbamali mbanjwa mbatha mbatshazwa mbaye mbeje mbekwa mbembe
mbende mbhele mbhense mbhobho mbhodwe mbhulangwe mbili mbithe mbithi mbiti mbogo mbokazi mboko
mbonambi mbonane mbongwa mbongwe mbotho mboya mboyisa mbriartaigh mbugua mbui mbula mbulaze
mbulazi mbuli mbungela mbunjwa mburu mbuthia mbutho mbuvi mbuyazi mbuyisa mbuyise mcabee mcadams
mcadoo mcadory mcafee mcaleavy mcaleenan mcaleer mcalexander mcalinney mcalister mcallister
mcaloon mcalpin mcalpine mcalunny mcambe mcambi mcanally mcanco mcandrew mcandrews mcanulty
mcanyana mcardle mcareavey mcarthur mcatee mcateer mcauley mcauliffe mcaveigh mcavoy mcbee
mcbeth mcbrayer mcbreen mcbride mcbrien mcbroom mcbryde mcburney mccabe mccadam mccadden
mccafferky mccafferty mccaffery mccaffrey mccaffry mccahill mccain mccaleb mccall mccalla
mccallion mccallister mccallum mccammon mccandless mccane mccann mccants mccardle mccarley
mccarney mccarra mccarroll mccarron mccart mccartan mccarte mccarter mccarthy mccartney mccarty
mccarver mccarville mccary mccaskill mccasland mccaslin mccaughan mccaughey mccaul mccauley
mccausland mccaw mccay mcchesney mcchristian mcclain mcclaine mcclanahan mcclary mcclaskey
mcclay mcclean mccleary mccleery mcclellan mcclelland mcclendon mccleskey mcclintock mcclinton
mccloskey mccloud mccloy mccluney mcclung mcclure mcclurg mccluskey mccoin mccolgan mccoll
mccollam mccollister mccollom mccollough mccollum mccomas mccomb mccombs mccomiskey mcconaghey
mcconaghy mcconnell mcconnon mcconville mccooey mccool mccord mccorkill mccorkle mccorley
mccormack mccormick mccorry mccourt mccowan mccown mccoy mccracken mccrae mccraney mccrann
mccrary mccraw mccray mccrea mccready mccreanor mccreary mccree mccreery mccrimmon mccrory
mccrossan mccrudden mccubbin mccue mccullagh mccullar mccullen mccullers mcculley mcculloch
mccullough mccullum mccully mccumiskey mccumisky mccune mccurdy mccurley mccurry mccurtin
mccusker mccutchen mccutcheon mcdade mcdaeid mcdaid mcdaniel mcdaniels mcdavid mcdermod
mcdermott mcdevitt mcdill mcdonagh mcdonald mcdonnell mcdonough mcdougal mcdougald mcdougall
mcdougle mcdowall mcdowell mcduffie mcduffy mcdunphy mcdwyer mcdyer mceachern mcebisi mcelduff
mcelfresh mcelgunn mcelhaney mcelhattin mcelligott mcellistrim mcelnay mcelnea mcelrath mcelroe
mcelroy mcelvain mcelveen mcelwain mcelwaine mcelwee mcelyea mcenaney mceneaney mcenry
mcentaggart mcentee mcentire mcevaddy mcevilly mcevoy mcewan mcewen mcfadden mcfaddin mcfall
mcfalls mcfarland mcfarlane mcfarlin mcfaull mcgaha mcgahan mcgahey mcgalligly mcgann mcgarraghy
mcgarrigle mcgarry mcgarvey mcgary mcgaughey mcgauran mcgaw mcgeady mcgee mcgeehan mcgehee
mcgeoghegan mcgeorge mcgeown mcgerr mcgettigan mcgettrick mcghee mcgill mcgillicuddy mcgilligan
mcgilly mcgilroy mcginley mcginn mcginnis mcginnitty mcginty mcgirl mcgirr mcgivern mcglinchey
mcglinchy mcgloin mcglone mcglothlin mcglynn mcgoff mcgoldrick mcgonagle mcgough mcgourty
mcgovern mcgowan mcgowen mcgowern mcgrady mcgrane mcgrath mcgraw mcgreal mcgregor mcgrenehan
mcgrew mcgriff mcgroarty mcgrory mcgruddie mcgruddy mcgruder mcguffin mcguigan mcguill mcguinn
mcguinness mcguire mcguirk mcguirl mcgurk mchale mchaney mcharry mchenry mchone mchugh mchunu
mcildownie mcilroe mcilroy mcilvain mcilwain mcilwee mcineely mcinerney mcinnes mcinnis mcintire
mcintosh mcinturff mcintyre mcisaac mciver mcivor mcjunkin mckaigue mckain mckamey mckay mckayla
mckean mckechnie mckee mckeegan mckeehan mckeel mckeever mckellar mckelvey mckelvy mckendry
mckeniry mckenna mckenney mckenny mckenzie mckeogh mckeon mckeown mckernan mckernon mckevitt
mckey mckibben mckie mckiernan mckillip mckillop mckim mcking mckinley mckinney mckinnie
mckinnis mckinnon mckinsey mckinstry mckinzie mckissick mckittrick mcknight mckown mckoy
mclachlan mclain mclamb mclane mclaren mclaughlin mclaurin mclaverty mclean mcleer mcleese
mcleigh mclellan mclemore mclendon mcleod mclin mcloon mcloone mcloud mcloughlin mcmacken
mcmahan mcmahon mcmanaway mcmanis mcmann mcmanus mcmaster mcmasters mcmath mcmeans mcmenamin
mcmichael mcmillan mcmillen mcmiller mcmillian mcmillin mcmillion mcmillon mcminn mcmonagle
mcmorris mcmorrow mcmullan mcmullen mcmullin mcmurray mcmurrough mcmurry mcmurtry mcnab mcnabb
mcnaboe mcnair mcnally mcnamara mcnamee mcnary mcnatt mcnaughton mcnea mcneal mcnealy mcnear
mcnee mcneely mcneese mcneil mcneill mcnelis mcnelly mcnerney mcnett mcnevin mcnew mcnicholas
mcnicholl mcnichols mcniel mcnill mcnulty mcnutt mcoyi mcpartland mcpartlin mcpartlon mcpeak
mcphail mcphee mcpherson mcphilbin mcphillips mcpolin mcquade mcquaid mcqueen mcquilkan
mcquillan mcquillen mcquin mcquinn mcquiston mcrae mcrann mcray mcready mcreynolds mcroarty
mcroberts mcrory mcshane mcsharry mcsheehy mcsherry mcspadden mcswain mcsweeney mctaggart
mcteague mcternan mctiernan mctigue mcusi mcvay mcveagh mcveigh mcvey mcvicker mcvitty mcwalter
mcwaye mcwhirter mcwhorter mcwilliams mdaka mdakane mdladla mdlalose mdlanyoka mdlenevu mdletshe
mdluli mdlumbi mdonswa mdotshana mdunge meabh meachair meacham meade meader meadhra meadhrai
meadog meador meadors meads meagan meaghan meagher mealaid meallain mealoid mealoide meaney
meanman meany meara mearai mearaidh mearain meardha mearl mearlaigh mears mease meaux mebane
mebarki mecham mechelle mecheri mechislav mechthild mechthilde mechtild meciar meciarova mecide
mecik mecit mecnunbeyov meda medac medard meddah medders medeiros medeja medel medellin mederos
medford medhurst medici medikha medina medine medjahed medlin medlock medora medrala medrano
medvecka medvecky medved medvedenko medvedev medvedeva medvedova mee meece meehan meekins meeks
meelis meena meenaghan meenan meer meera meeres meersman meert mees meester meeus meeusen
mefarettin mefford mefharet mefodiy meftah megan megane megantara megaw meggan megger megha
meghan meghana meghann mehbare mehdi mehdiqulu mehdiye mehemmed meherrem meherremli meherremoglu
meherremzade mehigan mehin mehl mehloluhlaza mehman mehmed mehmet mehmetzahir mehrigul mehrimoh
mehrimohova mehrojov mehru mehta mei meibh meic meidhir meidhreach meier meighan meijer meik
meike meikle meili meindl meiners meinhard meinolf meinrad meirligh meirnigh meis meisch
meiscill meisner meissner meister meitheagain meixner meja mejer mejia mejias mejorado mekhala
mekhi mekkin mekkino mekonnen mel melady melaha melahet melaine melancon melander melani melania
melanie melanine melaniuk melaniya melanson melany melba melbourne melby melcer melcher melchior
melchor melda meldi meldon meldrum mele melek meleknur melendez melendrez meler melero melet
meleyke melgar melgoza meli melia melican melichar melicharek melicharekova melicharova melicher
melichercik melichercikova melicherik melicherikova melicherova melida melihcan melikkan
melikzade melillo melin melina melinda melis melisa melissa melissia melita melitta melka melker
melkior melkolmur melkorka mell mella mellado melle mellen mellet mellie mellinger mellisa
mellissa mello mellon mellor mellott melnick melnik melnikov melnikova melnyk melo melodee
melodi melodie melonie melony melrakki melros melson melton meltzer melul melva melville melvin
melvina melvine melvyn melwin melynda memela memili memmed memmedli memmedquluzade memmedxanli
memmedzade memon memphis mena menachem menard menchaca mendak mende mendel mendelsohn mendelson
mendenhall mendes mendez mendieta mendiola mendizabal mendonca mendosa mendoza mendy mendyka
menefee menendez meneses menfeat meng mengel menges mengi mengolo menguc menisan menjivar menke
mennea meno menon mens mensa mensah mensalder mensik mensikova mensur mensure menthonnex menton
mentzel mentzer menza menzel menziwa mera merabet merah merakov meral meraz merba mercadante
mercader mercado mercalli mercantini mercati merced mercedes mercedez mercer merche merchel
mercier mercks merckx mercuri mercurio mercyline merda merdi mereana meredith merel meret merete
merethe mergen mergim meri merida merideth meridith meriem merijn merike merila merilainen
merilin merilyn merim merisi merissa merita meriwether merja merkas merkel merkle merkur
merkushev merkusheva merkx merl merle merlene merlin merlo merlyn merna mernagh meron meropa
merrell merri merriam merrick merrie merrifield merrigan merrilee merrill merriman merritt
merriweather merryman mersch mert mertel mertens mertie merton mertz merva merve mervi mervin
mervyn merwin mery meryem meryeme meryl merz merziyye merzoug merzougui merzuk mesak mesaric
mesbah mescall mesfin meshack meshur mesic mesjasz meskill mesme messaoudi messer messersmith
messiana messick messina messinger messmer messner mestas mestdagh mestur mesude mesut meszaros
metaksa metanet metcalf metcalfe metehan metel metella metha methavorakul metheny methusalem
metin metinkaya metka metod metodi metoyer metrine mets metta mette mettie mettler metts
metusalem metz metzger metzler meucci meulen meunier meurant meurer meurisse meusburger meveddet
mevludiye mevlut mey meyer meyers meyhanim meyiwa meyransa meyvant meza mezei meziane meziani
mezide mezzetta mfeka mfusi mgabadeli mgabhi mgasela mgazi mgcaleka mgenge mgilija mgobhozi
mgwaba mhadaidh mhairtin mhaistir mhaoil mhaoir mhartain mhayise mheana mhileadha mhilidh
mhlabandlovu mhlambo mhlanga mhlangu mhlanya mhlongo mhlongwane mhlophe mhlungu mhoir
mhuircheartaigh mhuire mhuiris mia miadha miadhachain miadhaigh miah mianaigh mianain miara mias
miasik miasko micael micaela micah mical micayla micca miceal miceli micetic mich micha michael
michaela michaele michaelis michaels michaelson michail michal michala michalak michalczak
michale michalech michalechova michalek michalekova michalica michalicova michalik michalikova
michalka michalkiewicz michalko michalkova michalski michaud michaux micheal micheala michel
michela michelangeli michelangelo michele micheletti micheletto michelina micheline michell
michelle michelotto michels michelson micheni michial michiel michiels michielsen michiko
michniak michnik michnowicz mick mickael mickel mickelson mickens micki mickie mickle micky
middal middaugh middelkoop middendorf middlebrook middlebrooks middlemiss middleton midgett
midhe midhia midkiff midura midvik mie miechowicz miecznik mieke miekina miekus miel mielcarek
mielcarz miele mielke mieloch mier miera mierzwiak mies miesha mieszala mieszko mietka miettinen
mietus migala migda migdalia migle miglena migliaccio migliore mignon migon miguel miguela
miguelangel miguelina migwi miha mihael mihaela mihai mihail mihajlo mihalic mihalik mihalikova
mihaljevic mihaly mihelcic mihelic mihels mihhail mihhailov mihic mihin mihkel mihnea mihoubi
mihrab mihriye miia miika mijares mijas mijo mijsberg mik mika mikael mikaela mikaelina mikaere
mikaila mikako mikal mikala mikalah mikayil mikayla mikeal mikel mikelis mikell mikels mikesell
mikhail mikhajlovska mikhajlovski mikhalyuk mikhaylena mikhaylichenko mikhaylina mikhaylivna
mikhaylo mikhaylov mikhaylova mikhaylovich mikhaylovna mikhaylyuk mikheev mikheeva mikhey miki
mikic mikiciuk mikita mikitivna mikitovich mikityuk mikjall mikk mikkael mikkalina mikkel
mikkelsen mikki mikko mikkola mikkonen miklaszewicz miklavcic miklecic miklik miklikova miklos
miklosko mikloskova miklosova mikoda mikolaj mikolajczyk mikolajewicz mikolay mikolayivna
mikolayovich mikosz miksza mikula mikulak mikulakova mikulandra mikulas mikulcic mikulec mikulik
mikulikova mikus mikusek mikusova mikyas mila milachkov milada milagro milagros milam milan
milana milanesi milano milanova milara milas milatic milay milazzo milburn milcah milcarz
milczarczyk milda mildinberg mildiya mildred mildridur mileada mileadha milej milen milena
milenkov miletic milevoj milewczyk milewski miley milford milian miliana milica milicic milina
milissa militsa miliy milka milkah milla millan millar millaray millard mille millea milleadha
millen millett millette millhouse millican millicent millie milligan milliken millington
milliron millis millman millner millsap millsaps millwood milly milmo milne milner milo milorad
milos miloslav miloslava miloslavic milost milosz milota milotic milotova milou miloudi milovac
milovan milroy milstead miltenburg milton miluse mima mimi mimica mimir mimmi mimms mimouni
mimoza mims mimun mimy mina minac minacova minard minarik minaya minayo mincey minch minda
mindaugas mindi mindy minenhle minerva minervia minet ming mingo minguez mingus minh minhas
miniati minibe minick minihan minihane minka minkiewicz minkina minna minne minner minney
minnich minnick minnie minnis minny minodora minogue minoru minta minter mintie minton mintz
minure minyard mio mioara miochain miocic miodek miodhachain miodhchain miodrag mionachain
mionain miotke miozga miquel mir mira mirabal mirabela miraglia miralles miramontes miran
miranda miranov miranza miray mirbadin mircea mirco mirdza mirehmedov mireia mireille mirela
mirelemov mireles mireli mirella mirena mireya mirga mirgos miriah miriam miriama mirian miriti
mirja mirjam mirjami mirjana mirko mirlinda mirna miro mirocha miron mirona mironczuk mironiuk
mironivna mironov mironova mironovich mironovna mironshoh mironshohov miropa miros mirosavljevic
miroshnichenko miroslav miroslava miroslavivna miroslavovich miroslaw miroslawa mirra mirriam
mirsad mirt mirta mirte mirtha mirthe mirtie miruna miryam mirze misael misak miscell mischa
mise misha mishat mishchenko mishin mishina mishka mishler mishra misiarz misiaszek misicher
misiejuk misik misiko misikova misior misiuk misiurek miskell misko miskovic miskowiec misla
mislav misner mispelen misra missie missoni missouri missy misteal misti mistie mistretta
mistrik mistrikova mistry misuli miszkiel miszkiewicz miszkurka miszta misztela mital mitali
mitch mitcham mitchel mitchell mitchelle mitchem mitchum mitei mitek mitera mitesh mitica mitko
mitofan mitoraj mitoshka mitra mitrevska mitrevski mitrut mitschke mitsue mitsuko mittal mitter
mitteregger mitterer mitterlehner mittermayr mittie mitton mituru mitzi mitzie mitzy miura mixon
mixson miya miyamoto miyesser miyoko mizak mizanur mize mizell mizer mizgala mizhir mizia
mizrahi mjadu mjadveig mjalldis mjallhvit mjofjord mjoli mjoll mjollnir mjolnir mjwara mkarkara
mkhabela mkhandlela mkhathini mkhatshwa mkhithi mkhize mkhokeleleki mkholo mkhonza mkhumbuzi
mkhungo mkhwananzi mlaba mladen mladenov mladenova mladenovska mladenovski mladlena mlakar
mlalane mlalazi mlambo mlangatshe mlangeni mlawula mleczak mleczek mlinar mlinaric mlocek
mlodzik mlondo mlot mlotek mlotshwa mlungisi mlungwana mlynar mlynarik mlynarikova mlynarova
mlynarz mlynczak mlynczyk mmboga mmbone mnangat mnangwe mncube mncwabe mncwanga mngadi mngoma
mngomezulu mnguni mngwemkhulu mngwengwe mnikathi mnisi mnogoznaeva mnomiya mnqamu mnqayi mnqobi
mnquhe mntambo mntimande mntungwa mnyamande mnyandu mnyoni moa moak moberg moberly mobley mocanu
moccia mocenigo mochain mochev mochlichen mochoirghe mochoraigh mocibob moczko modena modesta
modesto modhrain modi modiano modica modig modigliani modis modlin modou modric modris modugno
modupe mody moe moeidur moeller moen moenen moens moensendijk moerman moes moesha moet moey
mofardin moffat moffatt moffet moffett moffit moffitt mofifoluwa mogain mogaka mogeni mogens
mogensen mogere mogherini moghrain mogire mohamad mohamed mohamedi mohammad mohammadi mohammed
mohammedi mohamud mohan mohand mohanty mohaupt moheidur moher mohini mohinur mohinurova
mohlaroyim mohlaroyimova mohler mohn mohr mohsim moidhe moilanen moineal moiniol moir moira
moirin moise moiseev moiseeva moises moisey moisio moithide moj mojca mojica mojisola mojisoluwa
mojmir mojsa mojsov mojsova mojzis mojzisova mokadem mokaya mokey mokhtari mokrane mokrani
mokros mokrosova mokua mokwa mol molak molano molchanov molchanova molegraaf molek molen
molenaar moler molesini molga moli molin molina molinari molinaro moline moliner molins molitor
molka moller mollett mollie molloy molly molnar moloney molraoghain molter molyneux momanyi
momberg momchilo momera momoko mona monachain monaco monaghan monagle monahan monalisa monarrez
moncada moncrief mondaca mondadori mondaini monday mondise mondragon monduzzi monet moneta
monette monfort mong mong'are mongain mongan mongare monge monghaile monica monicah monicelli
monika monique monis moniuszko moniz monja monkiewicz monn monna monnard monnet monney monnie
monnier mononen monreal monroe monroy monsalve monserrat monserrate monson monsour mont montague
montalban montalcini montalti montalvo montana montanari montanariello montandon montanelli
montanez montano monte montecchi montecino montecinos monteiro monteith montejano montel
monteleone montelongo montemayor montenegro montero montes montesano montesinos montessori
monteverdi montez montgomery monti montie montiel montijo montoya montrell montserrat monty
montyanov montz monzon mook moone moonen mooney mooneyham mooneyhan moore moorefield moorehead
moorer moores moorhead moorman moosbrugger mora moraa morabito morachain moradeke moradi moraes
moraga morahan morain morais moraleda morales moralez moran morand morandi morandini morano
morant morante morar morara morard morata moravcik moravcikova moravcova moravec moravecova
morawiak morawo morayo morcillo morcinek mordak mordal mordechai mordha mordur moreau moree
moreels moreen morehead morehouse moreira morek morel moreland morell morellato morelli morello
morelock morena morenike moreno morera moresi moretti moretz morey morfin morgagni morgala
morgan morgane morganti morgenstern mori moriah moriarty moric moricova morillo morin morine
moring morison morissette morita morits moritz mork morka morlacchi morlan morley morman mornane
morningstar moro morolake morones moroney morosini morova moroz morozov morozova morpurgo
morrell morricone morrill morrin morris morrison morrissette morrissey morrocco morrone morse
morsli mortadela mortati morten mortensen mortenson morth mortier mortimer mortka morton morucci
morvan morvant moryc morys mosby moscarda moschino mosciski mose moseley mosely mosemann moser
moses moseti moshe mosher moshier mosi mosier mosinmileoluwa mosiolek moskal moskalik moskowitz
moslavac mosley mosqueda mosquera mosser mossie mossman mostefaoui mostek mosteller mosunmola
mosur mota motak moten motha mothain mothair moton mott motta motte motter mottet mottiez mottus
motunrayo moturi motycka motyckova motyka motykova motz mou moua moulay moulder moulin mouloud
moulton moultrie moultry mounce mounir moura mourad moureau moureen mourib mourine mousavi
mousel moussa moussaoui mousseau mouton mouzon mowbray mowery mowrey mowry moxley moy moya
moyano moye moyer moyers moylan moynihan moyosore mozart mozdzierz mozell mozella mozelle
mozingo mpangazitha mpanza mphahlwa mphankomo mphazima mphemba mphephethwa mpikela mpila mpofana
mpumuza mpungose mpunzana mqadi mqungebe mrak mraoiligh mraovic mraz mrazek mrazekova mrazik
mrazikova mrazka mrazko mrazkova mrazova mrihani mriosain mroczko mrotek mroz mrozek mrozowicz
msamkhulu msane msani mseleku mshazi mshengu mshibe mshikela mshikila mshiyane msibi msimang
msindazwe msokazi msomi mstislav msuthu msuya msweli mszyca mthabela mthalane mthanti mthembu
mthethwa mthimkhulu mthinti mthiya mthiyane mthokozisi mthombeni mthonti mtimande mtolo mtshali
mtumaseli mtuswa muadaigh muange muarain muarra muasya mubariz mubetcel mubina mubinova muc
mucahit mucellib mucevher mucha muchai muchangi muchemi mucheru muchira muchiri muchoki muchova
muchui mucka mucko mudd mudden mude mudge mudgway mudlaff mudri mudronja mueller muema muendo
mueni muev muferrih mufide mufit muga mugabhain mugain mugambi muganli mugber mugdha mugendi
muggur mugica mugo mugur mugure mugurel muhallil muhamed muhamet muhammad muhammadali
muhammadaliyev muhammadamin muhammadaminov muhammadamir muhammadamirov muhammadayub
muhammadayubov muhammadaziz muhammadazizov muhammadov muhammadrizo muhammadrizoyev muhammadsafo
muhammadsafoev muhammadsodiq muhammadsodiqov muhammadsolih muhammadsolihov muhammadumar
muhammadumarov muhammadyasin muhammadyasinov muhammadyusuf muhammadyusupov muhammadziyo
muhammadziyoev muhammed muhammet muharrem muhazzim muhia muhima muhip muhiye muhlbacher
muhlberger muhlbock muhle muhonen muhonja muhoro muhovic muhr muhsina muhsinova muhumed
muhyettin mui muia muichille muigai muighe muijs muilcin muilleagain muilleoir muilligh
muimhneachain muimhnigh muimi muinde muindi muineachain muineog muinghile muinilligh
muinneachain muinnile muir muircheartaigh muireadhaigh muireagain muireain muirean muireann
muirgeain muirgheasa muirgheasain muirhead muirighthe muiris muirithe muirneachain muirthile
muirthin muiruri muizza muizzova mujde mujur mukami mukbile mukesh mukherjee mukhin mukhina
mukhopadhyay mukhwana mukiri mukoya mukramin mukrume muktar muktedir mukundi mulain mularz
mulawa mulayim mulcahy mulcair mulder mulders muldoon muldowney muldrow mulei mulele mulet
mulford mulgrave mulgrew mulhare mulhern mulholland muli mulichen mulinge mulkerrin mulkey
mullaghan mullain mullala mullaly mullan mullane mullaney mullany mullarkey mullen mullenax
mullens muller mullerova mullery mullett mulligan mullikin mullin mullinax mullings mullins
mullis mullner mullooly mullooney mulloughney mulloy mulongo mulqueen mulqueeny mulrain
mulrooney mulroy mulry mulryan mulugeta mulvaney mulvany mulvenna mulvey mulvihill mulvin mulvy
mulwa mulya mulyani mulyanto mulyono mumba mumbe mumbi mumbua mumford mummert mumo mumpuni
mumtaz mumtaze mumtoz mumtozova muna munari muncie muncy mund munda munday mundell munden
mundheidur mundhildur mundia mundina mundt mundy munene munevver munezzer munford munga mungai
munger munguia munguti muni muniak munif muninn munisa munisayeva muniz munk munn munnelly munos
munoz munro munroe munsey munshi munson munster muntezir munyao munyi munyiva munyoki munyua
munywoki muoi muoki mur murach murachain murachu murad murae murage muraguri murakami murangiri
muraoile murat muratcan muratori muratovic muravev muraveva murawski muraya murazik murchadha
murchaidhe murchain murchison murchu murcia murdoch murdock mureithi muret murgas murgasova
murghaile murguia murialdo muriel murielle murigi muriithi murillo murilo murimi murin murinova
muriset murit murithi muriuki muriungi murl murnain murnane murnin muro murod murodov murph
murphey murphree murphy murr murraigh murray murrell murri murrihy murry mursalina mursalinaeva
mursel mursinin mursita murtagh murtha murthuile murthy murti murty muru murugan murugi murunga
murungi murvetqizi musa musabeyov musabeyova musafet musaffa musatti musau musaxanli musazade
muscet musee musembi musemma musfira musfirayeva musgrave musgrove mushana mushtariy
mushtariyeva musi musial musiala musick musijanovski musil musila musili musilova musimbi
musiolik muskala muskunaz muslim muslima muslimaeva muslimov muslum musselman musser musso
mustac mustafa mustafayev mustafo mustakova mustapha mustapic mustika musto mustofa mustonen
musumba musungu musure musy musya musyimi musyoka musyoki mutahi mutai mutanu mutasim mutchler
mutegi mutembei mutemi mutethia muteti muth muthama muthami muthee muthengi mutheu muthiani
muthike muthini muthoka muthomi muthoni muthui muthuri muti mutia mutie mutinda mutindi mutio
mutiso mutisya mutluhan mutti mutua mutugi mutuku mutuma mutune mutunga mutungi muturi mutwiri
muuo muur muursepp muvaffak muvahhide muveddet muxlisa muxlisayeva muxtar muxtaroglu muya muynck
muzaffer muzayyana muzayyanova muzdahir muzdalifa muzdalifayeva muzeffer muzekker muzhir muzic
muzina muzyk mvelase mveni mvubu mvuyana mwadime mwai mwaka mwakio mwalimu mwamburi mwamini
mwanajuma mwanamisi mwandla mwangangi mwangi mwania mwaniki mwanza mwanzia mwasaa mwathi mwaura
mwelase mwema mwenda mwende mwendia mwendwa mwero mwezi mwihaki mwikali mwinyi mwinzi mwirigi
mwita mwiti mwololo mwongela mwongeli mya myah myasnikov myasnikova myatt mycek mychal mydlak
mydlarz mydlo mydlova myeni myer myers myesha myeza myga myhre myint myk mykel myklebust myla
mylee mylene myles mylie myllymaki mynatt myong myr myra myranda myrcha myrcik myriam myrick
myrkjartan myrkvi myrl myrle myrmann myrna myron myrra myrta myrtha myrthe myrtice myrtie myrtis
myrun mysiak mysior myszak myszk myszor mytnik mytych myung mzamo mzila mzilankatha mzileni
mzimela mzizi mzobe mzolo mzomba mzoneli mzukase mzulwini mzungu mzyk naadir naail naajy naasih
naasir naathim naazhim nababan nabeeh nabeel naber nabhan nabialek nabigh nabih nabil nabila
nabors nabwire naccarato naccari nace nacer nachiket nachiyan nachko nacinovic nacio naczk nada
nadal nadeau nadeem nadege nadene nader nades nadeschda nadeshda nadezda nadezhda nadhir
nadhraigh nadi nadia nadig nadim nadin nadine naditsa nadiya nadja nadka nadkarni nadler nadr
nae naeem nael naess naessens naf nafasat nafees nafesa nafii nafile nafis nafisat naftali
nafula nafuna nagar nagarajan nagata nagel nagele nagi nagioglu nagl nagle naglik naglis nagorka
nagy nagys nahashon nahiara nahide nahla nahuel naiara naib naibe naibei naida naide naidu naik
naile naili nailin naim naima naimh naina naing nainggolan nair nais naja najair najam najee
najeeb najera najib najmudin najuma najwa nakagawa nakajima nakamura nakano nake nakesha
nakhumicha naki nakia nakic nakif nakip nakisha nakita nako naksh nakul nala nalan nalar nalazek
nalecz nalepka nalepkova nalewajek nalewajko naliaka nalivayko nall nallely nalley nallon nalls
nally nalty nam namaga namboodiri namiq namon namysl namyslo nan nana nanami nance nancee nancey
nancho nanci nancie nancy nand nanda nandini nandisa nando nandor nandwa nane nanette nangle
nani nanie nanjala nanko nanna nannette nanni nannie nano nansimir nansy nantz nanyu
naoidheanain naoimh naoise naoki naoko naom naoma naomh naomi naomy naoto napier napitupulu
napoleon napoleone napoli napolitano napper nappi naquin naqvi naradhaigh naradi naraigh narain
narang naranjo narasimhan narayan narayanan narcis narcisa narciso narcisse nardi nardone naresh
narfi narhanim narimane naringul narji narkis naron narozna narozny narpati narron nartsislav
narula narusis narvaez nas nasab nasambu nascher nascimento naser naserian nash nashipie
nashiruddin nasiadka nasiba nasim nasimiyu nasir nasiru nasko naslund nason nasra nasri nasrin
nasrullah nassar nasser nassim nastaj nastaly nastimir nastiya nastja nastradin nasuf nasyiah
nasyidah nat natacha natale natalee natali natalia natalie natalija natalio nataliya natalja
nataly natalya natan natanael natanail natanek nataniel natanovna natarajan natasa natascha
natasha natashia natasja natasza nate natella natevan nath nathalia nathalie nathaly nathan
nathanael nathanial nathaniel nathari nathasha nathen natiq natisha natividad natko natoli
natosha natsir natsko natso natt natta nattawun nattmordur nattsol nattulfur naud naughton
naugle naujokas nault naum nauman naumann naumiuk naumov naumova naumovna naumovski nauseda
nautica nava navara navarette navarova navarra navarrete navarrette navarria navarro navas
naveen navez navid navjot navodnenka navone navratil navratilova nawal nawoj nawrocki nawrotek
nayak nayar nayara nayaret nayareth naycho nayda nayeli nayely nayfa nayibe nayil naylor nayo
naz nazar nazarenko nazaret nazareth nazarewicz nazari nazario nazarivna nazarko nazarov
nazarova nazarovich nazende nazi nazidil nazile nazim nazime nazimek nazimet nazir nazli
nazlihan nazlim nazmi ncala ncama ncanana ncongwane ncube ncusi ncwaba ncwane ndaba ndabandaba
ndabansele ndabase ndabezitha ndambuki ndandali ndanu ndawo ndawonde ndege ndegwa nderitu ndiaye
ndichu ndiema ndima ndimande ndinda ndinisa ndirangu ndiritu ndiwa ndiyema ndlala ndlandla
ndlangamandla ndlanya ndlanzi ndlela ndlondlo ndlovu ndolo ndondakusuka ndonga ndoro ndosi ndour
nduati nduku nduli ndumiso ndunda ndung'u ndunge ndungu nduta ndwandwe ndwiga nea neabhail
neacail neace neachtain neagle neal neale nealie nealon nealy neancol nearaigh neary neasa nease
nebel nebibeyli nebih nebiha nebioglu nebiqizi nebojsa nebot necaise necati necci necdat necef
nechifor necilal necmettin necole necva ned neda nedas nedda nedelcho nedelin nedelyana
nederlotharingen nedermeijer nedic nedislav nedjar nedjma nedko nedo nedra nedyalko nedyalkov
nedyu nedzi nee neece needham neehan neel neelan neeley neelima neelin neely neema neenan neer
neerachapong neese nefaret neff nefise nefiye neftali negash negele negoda negoslav negrete
negri negrita negron neha nehemiah neher nehip nehls nehring neida neider neidig neil neilan
neilian neill neilsen neilson neiman neira neirynck neisti neja nejc nejdet nek nekesa nekrasov
nekrasova nel nela nelah nelcho nelcy nelda nele nelia nelida nelie neligan nelima nelio nelis
nelissen nelko nell nella nelle nelli nellie nellis nello nelly nelms nels nelsen nelson nelsy
nelu nelya nemanja nemcova nemec nemecek nemeckova nemes nemeth nena nenad nencho nene nenita
nenko nenna nenni nensislav nenzi neo neokli neola neolina neoma neomi neporozhniy neppie neptun
neptunus nerea nereida neres nerger nergiz neri neriban nerijus nerim neriman nerimanov
nerimanova neringa nerissa nermin nermine nero nery nes nesbit nesbitt nesfe neshka nesib
nesibova nesimi nesip nesirli neska neslinur neslisah nesmann nesmith nesrin nesrine ness nessa
nestayko nester nesterenko nesterov nesterova nesterowicz nestor nestorivna nestorovich
nestorowicz neta nete netherton neto netra netta nette nettie neu neubacher neubauer neufeld
neugebauer neuhauser neuhold neulinger neuman neumann neumayer neumayr neumeister neumuller
neuner neureiter neureuther neuschafer neustrie neuteboom neuville neuwirth neuzerling neva
nevada nevado nevaeh neval nevala nevalainen nevarez neve neveah nevels neven nevena nevenka
nevenko neves neveu nevgin neviliyan neville nevin nevins nevio nevise nevius nevsal nevsale
nevyan newberg newberry newbold newburn newby newcomb newell newhouse newkirk newland newlin
newlon newman newport newsom newsome newson ney neycho neyens neyka neyko neylon neyran nez neza
nezaket nezengul nezerli nezihi nezirli nezirova nezize nezrin ng'ang'a nga ngaire ngala ngamia
ngan nganga ngao ngari ngaruiya ngatia ngazitha ngcamane ngcamu ngcemu ngcobo ngcolosi ngeard
ngei ngema ngeni ngeno ngetich ngiba ngidi ngige ngigi ngina ngo ngobese ngobisi ngoc ngomane
ngome ngonini ngotho ngotsha ngozi ngubane ngubeni ngugi ngui ngumbao ngungunyana ngunjiri ngure
nguyen nguyet ngwane ngwazi ngwekazi ngwenya nhat nhien nhlabathi nhlane nhlanhla nhlanhlampofu
nhlapho nhleko nhlengethwa nhung nia niadh niaidh nial niall niallagain niallain niallghais
niallghuis niamh nianain niara niathain nibaldo nibali nicaise nicanor nicastro nicat niccolo
nicewicz nichakarn nichelle nichifor nichol nichola nicholas nicholaus nichole nicholes nicholle
nicholls nichols nicholson nicholus nickell nickelson nickens nickerson nicki nickie nicklas
nicklaus nickolas nickole nickols nickson nicky niclas nico nicoara nicodemo nicodemus nicodim
nicol nicola nicolae nicolai nicolaie nicolaj nicolas nicolasa nicolau nicolaus nicolay nicole
nicoleta nicoletta nicolette nicoletti nicoline nicolini nicolle nicolo nicolucci nicu niculina
niculita nicusor nicuta nida nidbjorg nidhi nidia nidra nieborak niebudek niebuhr niechcial
niecko niedbal niederl niedojadlo niedospial niedzwiadek nieh niehaus niek niels nielsen nielson
nieman niemann niemczuk niemeier niemela niemeyer niemi nieminen niemira nienke nienow nieradko
nieradzik niermann nieroda nies niescior niescioruk niesha niesporek nieszporek nieto
nieuwenhuijsen nieuwstraten nieves nievo niewiara niewola nifont nigam nigar nigel nigesa nigg
niggli nigmet nigrita nigro nihad nihai nihal nihan niharika nihoe niilo niina niiranen niit
nijak nijman nijs nik nika nikandr nikanor nikau nikel nikhil niki nikia nikifor nikiforov
nikiforova nikiforovna nikita nikitin nikitina nikki nikko niklas niklasson niklaus niklewicz
niko nikodem nikodim nikoela nikol nikola nikolaev nikolaeva nikolaevna nikolai nikolaj nikolajs
nikolajuk nikolaos nikolas nikolaus nikolay nikole nikolett nikoletta nikolic nikolina nikolov
nikolova nikolovska nikolovski nikolyuk nikon nikonov nikonova nikora niks niksa nikula nikulas
nila nilam niland nilcan nilda nile niles nili nilima nilles nilo nilovna nils nilsa nilsen
nilson nilsson nilufar nilufarova nim nimac nimakoah nimmo nimmons nimrat nims nimwegen nina
ninalowo ninel ninetta ninfa nini ninioluwa ninna ninnie nino ninoska ninthe niocail nioclais
nionila nipp niquille nira niracha nirgul nirja nisa nisbet niscoromni nise nisevic nisha
nishimura niskanen nissen nissinen nistor nita nitara nitek nitesh nitkiewicz nitra nitrova
nitti nitto nitz nitzsche niu nivens nives nixon niyaga niyaz niyazi niyilolawa nizet nizetic
niznanska niznansky njabulo njagi njala njall njambi njapha njau njenga njeri njeru njihia njiki
njinji njiru njogu njoka njoki njoku njola njomane njordur njoroge njozi njue njuguna njuki
nkabinde nkala nkamzwayo nkansa nkansah nkatha nkazimulo nkechi nkirote nkiruka nkomo nkomose
nkomoye nkonyeni nkosi nkrumah nkumane nkundlande nkwakha nkwali nkwaliyenkosi nkwanyana nnamani
nnamdi nneka noa noack noah noam nobantu nobauer nobie noblitt nobuhle nobuko nocek nocera nock
noculak nodanga nodlomo noe noeleen noelia noeline noella noelle noemi noemie noga nogantshi
nogiec nogla nogueira noguera nogues noh nohely nohemi nohlmans nohora noi noirin nojek nojman
nojus nokes nokkvi nokulunga nola nolan noland nolasco nolberto nolcini noleen nolen noles
nolette nolia nolie nolin noll nollaig nollee nolte nolty noma nomagugu nomalanga noman
nomasonto nomathalente nomathemba nombela nombhoco nomcebo nomm nomme nommik nomndayi
nomthandazo nomusa nomvula nomvuma nona nondaba nondlela nonduma nongalaza nongalo nonhlanhla
noni nonie nonis nonjabulo nonkosi nonkululeko nonna nonni nonso nontanda nontuli nonyana noonan
noone noor noora noordeloos noordijk noordmark noort noortje noot noppakao nora norac norah
noraidh norambuena noras norberg norbert norberto norbey norbiato norby norcross nord nordberg
norden nordgren nordin nordio nordland nordlander nordlund nordman nordmann nordqvist nordstrom
nore noreen noren norene noreta noretta norfleet norgaard norgren nori norica noriega noriko
norina norine norita norka norlin norling norma norman normand normandin normann normunds
norramon norris norrman norry norsworthy northcutt northeim northington northrop northrup
northup norton norval norvell norwood nosachenko nosbusch nosenko nosiglia noskov noskova nosov
nosova noszczyk nota notarbartolo notburga nothando noto notova nott nottingham nouar noud noui
nour nouri nousiainen nout novack novaes novais novak novakova novaro november novi novick
novikov novikova novitasari novoa novosel novota novotna novotny novreste novruz nowacki nowak
nowakowski nowanqa nowek nowell nowicki nowlin nowotka nowotnik nowotny nowrot noxolo noyes
noyola nozibusiso nozima nozimova nozizwe nozka nozulu nqobizitha nqumela nrima nsele nsia
nsibande nsibanyoni nsindane nsukuza ntaka ntamonde ntanzi ntenga nthenya nthiga nti ntiamoa
ntim ntimi ntinyari ntombela ntsele ntshalintshali ntshangase ntshingila ntshiza ntuli nuadhain
nuadhan nuala nuallain nuanain nubar nubia nuckols nudret nuffel nugent nugnes nugraha nugroho
nuhu nuin nula nulty numi nunain nunes nunez nunley nunn nunnally nunne nuno nunzio nupdal nur
nura nuraini nural nuran nurane nuray nurbanu nurcan nurda nurdeniz nurdiyanti nureddin nurek
nureli nureta nuretdin nurettin nurey nurgil nurhayet nuri nuria nuriat nurice nuriya nuriyet
nuriyeva nurk nurkan nurkiewicz nurlan nurlana nurm nurmelek nurmi nurminen nurmuhammad
nurmuhammadov nursan nurseda nursen nurser nurseref nursim nurtac nurten nuru nurul nurulla
nurullah nurveren nury nus nusa nusabe nusbaum nusirevan nusret nuss nussbaum nussbaumer nussle
nusslin nutcha nutkrita nutt nuttall nutter nutwadee nuut nuutinen nuwenhijsen nuwenhuijzen
nuwenhuse nuwenhuysen nuyan nuyts nuzzo nwabudike nwachukwu nwafor nwankwo nwosu nxamalala
nxasana nxele nxumalo nya nyaako nyaakoaa nyaboke nyabuti nyabuto nyaga nyagaka nyaguthii nyah
nyakio nyakundi nyale nyamai nyamawi nyambane nyambose nyambu nyambura nyame nyamu nyamweya
nyana nyanchama nyanda nyandeni nyang'au nyangaresi nyangau nyangweso nyantakyi nyasi nyasia
nyathi nyawa nyawira nyawo nyawokhulu nyawose nyazitla nyberg nybjorg nyc nydia nye nyein nyembe
nyembezi nyeuwenhuysen nygaard nygard nygren nyhan nyide nyk nykanen nyla nylah nylander nylen
nylund nyman nynke nyoike nyoka nyokabi nyokayebululu nyoman nyongesa nyongwana nyoni nyota
nyree nys nyssen nystrom nytko nyuki nyvard nzai nzama nzamela nzau nzilani nzima nzimande
nzimase nzioka nzioki nzisa nzomo nzuki nzuza o'beirn o'beirne o'boyle o'brassil o'brazil
o'brennan o'brien o'brown o'bryan o'bryen o'byrne o'cadden o'cafferky o'callaghan o'carolan
o'carroll o'casey o'cassidy o'cleary o'clery o'connell o'conner o'connor o'crohan o'crowley
o'curry o'daly o'dea o'devanney o'devenny o'doherty o'donnell o'donoghue o'donohoe o'donovan
o'dowd o'driscoll o'duffy o'dwyer o'farrell o'farrelly o'flaherty o'flynn o'freil o'friel
o'gallagher o'gara o'goldrick o'gorman o'gowan o'grady o'growney o'hagan o'haire o'halloran
o'hanlon o'hanrahan o'hara o'hare o'haughey o'hea o'hegarty o'hehir o'herlihy o'hickey o'higgins
o'hora o'houlihan o'hurley o'hussey o'kane o'kearney o'keefe o'keeffe o'kelly o'kennedy o'kieve
o'kon o'leary o'loan o'looney o'loughlin o'loughlinn o'mahoney o'mahony o'malley o'mara o'meara
o'mooney o'moore o'mullan o'murnaghan o'neill o'nolan o'rafferty o'rahilly o'reardon o'regan
o'reilly o'riordan o'rooney o'rourke o'ruane o'ryan o'scannell o'shannon o'sharkey o'shaughnessy
o'shea o'sheehan o'sheil o'shiel o'sullivan o'sweeney o'tierney o'togher o'toole oakes oakley
oakman oana oates oba obaid obama obando obanijesu obanion obannon obara obare obarzanek
obasanjo obdulia obe obed obeng ober oberbrunner oberemko oberg oberhauser oberhofer oberlander
oberle oberleitner obermayr obermuller oberndorfer oberweis obi obiageli obiala obianuju obie
obiero obinna obirdar obonyo oboyle obradovic obratov obregon obretim obrian obrien obroinin
obryan obryant obst obsut obsutova obuchowicz obuya obyrne ocalan ocallaghan ocampo ocana ocasio
oceane ocenas ocenasova och ochab ochal ochieng ochnik ochnio ochoa ochola ochota ochs ochten
ochwat ocie oconnell oconner oconnor octa octav octavia octavian octaviana octavie octavio
octaviu octavius oczko oczkowicz oda odalis odalys odaniel odarka oday odda oddbergur oddbjorg
oddbjorn oddfreyja oddfreyr oddfridur oddgeir oddgerdur oddhildur oddi oddie oddkell oddlaug
oddleif oddleifur oddmar oddny oddo oddrun oddsteinn oddthor oddur oddvar oddveig oddvor odea
odegard odelia odeline odell oden odera odero oderwald odescalchi odessa odetola odette odhiambo
odhran odie odika odile odilia odin odina odinaeva odinga odinn odintsov odintsova odira odis
odiwuor odkanli odle odobasic odom odoms odongo odonnell odoyo odrzywolek odum odunsi oduor
oduori odus oehler oehri oemencs oennen oeshi oestreich oestrovsky oever ofeigur ofelia ofeliya
offie offredi offutt ofiara ofner ofori ofosu ogada ogain oganer ogara ogata ogawa ogbuehi
ogburn ogden oge ogechi ogega oger oget ogeto ogg ogilvie ogin ogindan oginga oginni oglaza
oglesby ogletree ogmunda ogmundur ogn ognemir ognen ognena ogola ogolla ogonek ogooluwa ogorman
ograbek ogrady ogren ogri ogrodowicz ogulana ogulbas ogunbamigbe ogunbiyi ogunbo ogunde ogunleye
ogunwobi ogunyeye ogurata ogus ogutu oguzman ogweno ohagan ohalloran ohanlon ohara ohare ohearn
ohler ohlsson ohman ohri oibicin oikarinen oilifir oinonen oirchinnigh oireachtaigh oirschot
oisin oispuu oistigin oitir oiva oivind oja ojala ojanen ojas ojaste ojasvi ojeda ojiambo ojo
ojua ojukwu ojvind ojwang okada okafor okamoto okanay okane okbay oke okean okech okechukwu
okeefe okeke okelley okello okelo okemwa oketch okey okeyo okguclu okhanes okhrim okhrimenko
okhrimivna okhrimovich okinyi okkas okla okongo okonkwo okoro okoth okoye okraska oks oksana
oksanen okseniya okseven okta oktavia oktaviani oktavius oktaviya okto oktovia oktovius
okturemis okturk oktyabrina okuku okumu okuneva okyalaz okyere ola olabode oladare oladimeji
oladipupo olaf olafia olafina olafur olague olah olaiya olajumoke olakunle olalla olan oland
olander olaniyan olanrewaju olansile olar olas olasunmbo olasupo olate olaughlin olausson olav
olave olavi olavia olawale olaya olbrych olca olchawa oldag oldaker oldenburg oldfield oldham
oldrich olds ole olea olearczyk oleary oleg olegario olegivna olegovich olegovna olejniczak
olejnik olek oleksa oleksak oleksandr oleksandrivna oleksandrovich oleksiewicz oleksik oleksiuk
oleksovich olen olena olene oles olesen olesiejuk olesk oleskiewicz oleson olesovich oleszczak
oleszko oleta olevia olewniczak oley olfert olfjord olga olgeir olgerts olgierd olguin oli
oliboni olie olifirenko olimpi olimpia olimpiada olimpian olimpiu olimpiy olin olina olinda
oline olinger oliphant oliva olivares olivarez olivarria olivas oliveira oliver olivera oliveras
oliveri oliverio olivert olivetti olivia olivie olivier olivieri olivija olivine oliviu olivo
oliwer oliwier oliynik oliynyk olko olkowicz olle oller olli ollie ollikainen ollila ollis
ollivier olly olma olmeda olmedo olmo olmos olmstead olmsted olney olnir olof olofsson ololade
oloo oloughlin olov olowokeere oloyede olrun olsen olson olsson olst olszewski olszowa olszyna
olthof olubode oluchi olufunke olufunmilayo olugbayila olujimi olukotun olukunga olumide
olumorotimi oluoch olus olusanya oluwadamilare oluwafemi oluwagbemi oluwagbemiga oluwakemi
oluwamumibori oluwamuyiwa oluwasanmi oluwasegun oluwaseun oluwaseyi oluwatobi oluwole olveig
olver olvera olvir olwen olwethu olykan olympia oma omaca omair omaira omaja omalley oman omana
omani omar omara omari omarion ombasa ombati ombui omeara omeir omelyan omelyanivna omelyanovich
omer omi omid omidina omie omina ominova omiotek omisha omkaar omma ommeren omobobola omobolanle
omodunni omojola omolabake omolara omollo omolo omondi omosalewa omotara omotayo omotola omotoso
omotoun omowumi omran omriye omur omurtag omwenga omweri omwoyo omya ona onat onate oncel oncho
ondari ondiek ondieki onditi ondolfur ondras ondrasek ondrasekova ondrasik ondrasikova ondrasova
ondrej ondrejka ondrejko ondrejkova ondrejkovic ondrejkovicova ondricka ondrus ondrusek
ondrusekova ondruska ondrusko ondruskova ondrusova oneal oneida oneil oneill onel onesmus oneta
oney onfjord ong ongay onge ongen ongeri oni onie onik onio onishchenko onishchuk onisim onisto
onita onjengenyamazane onkar onni onnie ono onofre onoh onorato onsal onsongo ontiveros onufri
onufriy onufriyenko onuker onundur onur onurcan onursu onveer onwuka onyancha onyango onyeka
onyekachi onyiego onyinye ooko oommen ooms oona oonagh ooste oosten oostendorp oosterhek
oosterhout oostveen ooyen opalach opan opanas opanasenko opanasivna opanasovich oparinde opas
opazo opha ophelia ophelie opiola opiyo opizzi oplustil oplustilova opmans opoka opoku opondo
oppenheim opper opperman oppong oprea opuku opung opwonya opyrchal oqtay oquendo oquinn ora orah
oralaigh oralee oralia oram oran oranli oras orav orawiec orazio orban orbanic orbekk orbrun
orcin orcutt ordaz ordenes ordonez orduxan ordway orear oreilly orekhov orekhova orelia orellana
oren orene orengo orenstein oreofe oreskovic orest orestas oreste orestivna orestovich oretha
orfelina orfeus orfey orfhlaith orfiye org organisciak orgun orhan oriana orie orik orilla orin
orina orinder orion oris orisya orjan orjuela ork orka orkhidey orkhideya orkhip orkhipivna
orkhipovich orkisz orla orlagh orlaigh orlaith orland orlando orlaugur orleana orleans orlena
orley orlic orlik orlikova orlin orlo orlov orlova orlovic orlowski orlygur orma orman ormar
orme ormeno ormheidur ormhildur ormond ormsby ormur orn orna ornat orndorff ornelas ornella orni
ornolfur orobets orona oropeza orosco orosz orourke orozco orpel orpha orr orra orrego orren
orri orrie orrin orris orsini orsolic orsolya orson orsos orsulic orszulik orta ortak ortansa
ortega ortego ortegon ortese ortez orth ortis ortiz ortmann ortner ortodoksi ortolani orton
ortrud ortrun ortse ortuno ortwin oruc orucov orval orvar orvel orvil orville orvin orvis
orvokki orwa orwat orxan oryurek orzechowski orzeszek osa osada osama osamu osbaldo osborn
osborne osbourne osburn osby oscair oscar oscuro osei osgair osgood osha oshaughnessy oshea
oshields oshin oshiro oshodi osiadacz osial osica osie osiemo osik osinski osip osipiuk osipov
osipova osipowicz osiyeva osiyo osk oska oskar oskari oskarovna oskars oskarsson osko oskroba
osland oslizlo osman osmann osmo osmond osogo osojca osorio osoro osp ospelt ospina ospino
ossama ossandon ossani osses ossi ossian ossie ossipov ossola ossur ostafin ostap ostapchuk
ostapczuk ostapiuk ostapivna ostapovich ostasz ostberg osteen osten oster osterberg ostergaard
osterhoudt osterman ostermann ostinelli ostler ostling ostlund ostman ostrander ostrega ostrom
ostromir ostrowski osullivan osuna osunleke osuntokun osvald osvaldo osvalds osvaldur osvifur
oswald oswaldo oswalt oswin oszust ota otabek otabekov otaibi otakar otani otavio otay otcenas
otcenasova otelia otero otey otfried otha othel othmar otho oti otiende otieno otilia otilija
otis otiwa otkatla otkell otmani otmar oto otoole otremba otri ots ott otta ottar ottarr ottavio
otte otten ottfried otti ottie ottilia ottilie ottinger ottino ottis ottmar otto ottokar ottomar
ottone ottosson otuo otur otwell otylie ouali ouanes oubre ouchene oude oudewater ouellet
ouellette ouida ouko ouma oumar oun ounapuu ousley ousmane oussama outi outland ouwel ouwerkerk
ouzts ovadia ovalle ovanes ovcharenko ovchinnikov ovchinnikova ove overbey overby overcash
overdijk overeem overgaard overman oversteeg overstreet overton overturf ovid ovidio ovidiu
oviedo ovila oviya ovli ovnarski ovsiyenko ovun owais owczarczak owczarek owen owens owensby
owethu owings owino owiti ownby owokoniran owolabi owoyemi owsiak owsianka owsiany owsley owuor
owusu owusuwaa oxana oxar oxdal oxendine oxley oxndal oyadiran oyaifo oyarce oyaro oyarzo
oyarzun oyekan oyelaran oyenike oyeniyi oyetoro oyeyemi oyindasola oyinlola oyler oymak oyoo
oysha oyshayeva oystein oyugi oyvind oza ozakan ozalpsan ozana ozansu ozaslan ozay ozbay ozbilek
ozbilge ozcam ozdal ozdemir ozdes ozdil ozdogdu ozel ozell ozella ozerdinc ozertem ozge ozger
ozgun ozgur ozie ozieblo ozimec ozinal ozioma ozkan ozkent ozkutlu ozlem ozlu ozment ozokcu
ozpetek ozpinar ozsozlu oztek ozturk ozudogru ozuna ozy ozyurt ozzie paakkonen paal paananen
paap paas paavilainen paavo paavola pabis pabisiak pabla pablo pabon pabst paca paccot pacelli
pacetti pacewicz pacharzka pacheco pacher pachla pachler pachnik pacho pacholak pacholczak
pacholek pacholik pachongruk pachoud pachowicz pachuta pacia pacifica pacillo packard paco
pacocha pacomio pacura pacyga paczos pada padberg padden paden padgett padilla padlo padma
padmanabhan padmasari padmi padovano padraic padraig padraigh padraigin padron padula paegle
paepe paez paffrath pagac pagacz paganini pagano pagel pagliaro pagnotto pahal pahl pai paidin
paier paige paillet paiman paimo paine pairceir pairlee paisiy paityn paiva paivi paivikki paiz
pajak pajda pajdak pajek pajer pajerova paju pajula pajunen pajur pak pakarinen paker pakhom
pakhomov pakhomova pakize pakjira pako pakos pakosz paksu pala palac palacio palacios paladino
palak palan palaniswamy palastri palau paldis palega palej palen palermo paley palfridur palgan
palhanna palheidur palhildur palic palica paliga palin palina paliy palka palko palkova palkovic
palkovicova palla palladino palladio pallares pallavi palle pallie pallo pallova palma palman
palmar palmateer palmatier palmer palmeri palmey palmfridur palmgren palmi palmieri palmira
palmiro palmisano palmore palmquist palmqvist palo paloma palomaki palomar palomares palombi
palomina palomo palonek palov palova palovcik palovcikova palovic palovicova palovova palrun
palsson paltrinieri palu paluch paluchova palumbo palus paluszak palvira palyga pam pamala pambe
pamela pamelia pamella pamfil pamic pamila pammer pamula panagachie panait panas panasewicz
panasiewicz panasivna panasovich panatta panay panayot panca pancerz panchal pancho panchuk
pande pandelis pandey pandit pandora pandu panduric pandya panek panfil panfilo panfilov
panfilova pangburn pangeran pangestu paniagua panicucci panicz panini panji pankey pankrac
pankrat pankratiy pankrtiyyan pannawich pannell pano panov panova panovska panovski pantaley
panteley panteleymon panteleymonivna panteleymonovich pantera panto pantoja panton pantyu panus
panya panzera pao paola paoletta paoletti paolina paolini paolo paolucci paor papadopoulos
papafava papak paparic pape papenfuss papetti papineau papp pappalardo pappas paprotny paquay
paquet paquette paquin paquot para parada paradi paradis paradiso parafiniuk parakhod paralee
paramita paramon paramore paraschiva parashkev parashkevan parashkevitsa parashkevov paraskev
parasyuk parda pardi pardo pardue paredes pareja parejo parekh parente parenteau pareto parfen
parham paride parijs parikh parin parini paris parisa parise parisi parisian parke parker
parkerson parkes parkhill parkhurst parkin parkins parkinson parkitna parkitny parkkinen parkman
parlee parman parmar parmen parmenter parmentier parmer parmes parmitano parmley parn parna
parnell parnpuu paro parpinel parr parra parraguez parramore parrett parri parris parrish
parrott parsa partain partanen partee partel parth parthenia particia partida partin partington
partlainn partlow parton partzelt parunka parus parush paruta parvez parviainen parvin parviz
parys parzer parzonka parzyszek pasa pasanen pascal pascale pascaline pascarella paschall
paschoud pasciak pasco pascoe pascua pascual pascuala pasek pasekova pasi pasiak pasich
pasieczna pasierbek pasillas pasiut paska paskalia pasko paskova pasley pasman pasnik pasolini
paspanakhil pasqua pasqual pasquale pasquier passalacqua passchiers passmore pasten pastine
pastoors pastora pastore pastrana pastucha pastula pastuszek pastuszko pasuk paszkowiak
pasztaleniec pasztor pataki patalas patberg patchaploy patcharaporn patchett patel paten
patenaude paterson pathak patil patillo patino patkov patla patnaude patnode pato patoka patola
paton patora patrek patrekur patria patric patrica patrice patricia patricie patricija patricio
patrick patridge patrik patrina patriotka patrisia patrizia patrizio patru patryk patrzalek
patsa patso patt pattamon pattapon pattatomporn patten patterson patti pattie pattison patton
pattyn patyna pau paucek paudel pauer paugh pauk pauko paukova paul paula paulauskas paule
paulene pauletta paulette pauley pauli paulica paulicek paulicekova paulien pauliina paulik
paulikova paulin paulina pauline paulino paulita paulitsch paulius paulk paull paulo paulovic
paulovicova pauls paulsen paulson paulsson paulus pauly paun pauric pausini pauw pauwels
pavanello pavani pavao pavarotti pavel pavelek pavelekova pavelic pavelin pavelka pavelko
pavelkova pavelova pavert pavez pavic pavicic paviliya pavin pavka pavko pavkova pavkovic pavla
pavle pavlenko pavlic pavlicek pavlicekova pavlichenko pavlicko pavlik pavlikova pavlikovska
pavlikovsky pavlin pavlina pavlincho pavlivna pavlo pavlomir pavlov pavlova pavlovic pavlovich
pavlovicova pavlovna pavlovova pavol pavolova pavon pavone pavuk pavukova pawan pawel pawela
pawelkiewicz pawelko pawlaczek pawlak pawliczak pawliczek pawlik pawliszyn pawlonka pawlos
pawlowski pawlukiewicz paxson paxton payan paye payet payne paynter payson payten payton paz
pazdan pazdziora pazera pazik pazola pazos peabody peachey peadar peader peake peano pearce
pearcy pearla pearle pearlene pearley pearlie pearline pearlman pearman pearsall pearse pearson
peart peaslee peasley peatain peavey peavler peavy peay pechel peciak peckham pecnik pecor
pecora pecoraro pecotic pecur peda pedalov peden peder pederiva pedersen pedersoli pederson
pedigo pedisic pedrak pedraza pedrazzini pedrero pedro pedroni pedrosa pedroza pedrycz pedzik
peebles peele peeler peem peeples peery peet peeter peeters peeva pegg peggie peggy pegram
pegues peham peharda pehkonen pehlil pei peiffer peinado peirce peircin peiro peitrequin peixoto
pekka pekkala pekkan pekkarinen peko peksa pela pelaez pelageya pelaji pelay pelayo pelchat pele
pelekh pelfrey pelham pelikan pelikanova pelina pelka pelkey pelkonen pell pelle pellegrin
pellegrini pellegrino pellerin pelletier pelli pellicer pellico peloquin pelser peltier peltola
pelton peltonen peltoniemi peluso pemberton pembesin pena penahov penaloza penalver penar penas
penchin pencho pender pendergast pendergraft pendergrass pendl pendleton pendley pendzhakova
penelope peng penic penick penina peninah penix penkala penko penland penley penman penn
pennanen pennell penner pennetta penney penni pennie pennington pennock peno penrod penrose
penson pentecost penton pentti penttila penttinen penwell penyu penz peo pepe pepelota pepijn
pepin pepino pepislav pepita pepito pepo pera perak peral perala perales peralez peralta peranda
perano peraza percho percic percival perck percy perczak perdomo perdue perea perebiynis pereira
perello peren perepelitsya perera peres pereyra perez pergande pergolesi perham peri periana
peric perikl perillo perine perini perinur peris perisan perisic perka perkasa perkins perkinson
perko perkona perkons perkov perkovic perla perley perlik perlita perlman permadi permata
permchart permelia permenter permun perna pernak pernell perner pernilla pernille pero peron
peronne peros perozzo perrault perreault perreira perret perri perrier perrigo perrin perrine
perron perrone perrono perrot perrotta perry perryman persaud pershing persiana persico persijn
persinger persiyan persson pertile pertini pertiwi pertl pertti peruna perusko peruzzi pervaiz
pervane pervin pervine perviz pesa pesce pesendorfer pesent peshka pesic pesina peska pesko
peskova pesonen pesta pestov pestova peszko peta petar pete petek peteris peterkin peterlik
peterman peterse petersen peterson petersson petikongres petinka petit petitjean petitt petkan
petko petkovska petkovski petlyura peto petr petra petraki petralli petrana petras petrassi
petrauskas petre petrea petree petrella petrenko petrey petri petric petrica petricevic petrick
petrie petrik petrillo petrin petrina petrinel petrisor petrivna petriyka petro petrocelli
petromil petromira petrona petrone petronela petronella petronila petros petrov petrova petrovic
petrovich petrovicka petrovicky petrovna petrovska petrovski petrozar petru petrucci petrucelli
petrun petrunella petrus petrushka petruska petruskova petrut petruta petruzzi petry petryk
pettai pettaway pettengill petter petteri pettersen petterson pettersson pettey pettiford
pettigrew pettis pettit pettitt pettry pettus pettway petukhov petukhova petur petz peukert
pevetsova pewitt peychin peycho peyko peyo peyodon peyolina peytan peyton pezda pezzali pfaff
pfannerstill pfeffer pfeifer pfeiffer pfeil pfister pfleger phadraig phaidin phair phakathi
phakathwayo pham phan phaneuf phanice phares pharr phartholain phartolain phathwayo phayre
phearsain phebe phelan phelim phelix phelps phenphitcha pheobe phetha phethela phewa phifer
phikela phil philban philbin philbrick philbrook phileine philemon philib philip philipp
philippa philippart philippe philippine philips philis phillip phillippi phillips phillipsen
phillis philo philomena philomene philpot philpott phineas phingoshe phinney phipps phoil
phoseka phoswa phu phubes phuc phung phungula phuong phusilarungrueng phuthini phylicia phylis
phyliss phyllis pia piacentini pianduangsri piane pianka piaras piascik piasecki piaseczna
piatek piatkiewicz piatt piazzi picard piccand piccinni piccio piccirillo pich pichardo piche
picheta pichler pichon pichpandecha pickard pickel pickell pickens pickering pickett piddubna
piddubniy pidgeon pieber piechna piechura pieczarka pieczyrak piedad piedra piegza piejko
piekacz piekara piekarek piekart pielach pielech pielka pien pieper pierangelo pierard pierchala
piercy pierette piergiorgio piergiuseppe pierina pierluigi piermaria piero pierpaolo pierrard
pierre pierret pierrette pierro piersa piersanti pierson pierz pierzak piesik piestrzeniewicz
pieszak piet pieter pieters pietila pietra pietrak pietrangeli pietras pietrasiak pietrasz
pietraszkiewicz pietrek pietrewicz pietro pietrus pietrusiak pietrusiewicz pietryga pietrzak
piette pifer pigafetta pigford pigg piggott pignatti pigott pigula pihelgas pihl pihlak piho
piia piir piirainen piirsalu pijus pik pika pikatsingkorn pikec pikk pikor pikova piksa pikula
pikyanski piland pilar pilarek pilbin pilcher pili pilich pilip pilipczuk pilipenko pilipivna
pilipovich piljek pilka pilkington pillai pillay pillsbury pilon pilz pim pimen pimenta pimental
pimentel pina pinamonte pinard pincheira pincherle pinckney pinda pinder pindor pindral pineau
pineda pinedo pineiro piner pinero pinette pingle pinheiro pinho pinilla pininfarina pinkard
pinkerton pinkey pinkham pinkney pinkston pinney pino pinol pinon pinson pintar pintaric pinter
pintor pintusorn pinzon pio pioch piogoid piorek piotain piotr piotrak piotrkowicz piotrowiak
piotrowski piovani pipkin pippa pippen piquer pirahmet piran pirandello pirard pirc pircher pire
pirelli pires piret pirinen pirjo pirker pirkko pirkle pirlot pirmin pirnat piron piroska
pirotte pirson pirtle pisacane pisani pisano pisaroni piscitelli pishchovkoleva piskor pison
pistoletto pisut pisutova piszcz pitala pitanuwat pitchford pitcock pitek pitipat pitkanen
pitman pitre pitt pittenger pittman pitts pitula pitura pitzer pius piwek piwowarek pixley
pizano pizarro pizon pizzamano pizzetti pizziol pizzo pjetur pkemoi pkov pla placencia placido
plaisance plak plamena plana planas planeta plantak plantard plante plantek plas plascencia
plaskota plata plath platini platon platt plattner platzer plaucha plauchova plavec plavecova
plavucha plavuchova plazanin plch plchova pleasants pleban plebanek pledger pleimeann pleimionn
plekancova plekanec plemmons plemons ples plese plesivcova plesivec pleskot plesniak pless plesu
pletcher pletschette pleun plewnia plich plinio plizga plocharczyk plocienniczak plodovitka
plodzien ploeg plona ploom ploshchakov ploskonka plotkin plott plourde pluijm pluma plumlee
plumley plummer plunkett plyler plyunkova plyutsova pniak poakov poarch poblete poche pochet
pochopien pochron pociask pocius poczatek poczta poder podeszwa podgorna podgorny podhradska
podhradsky podkonicka podkonicky podkowa podlesna podniece podnieks podpora podra podsiadla
podsiedlik poe poelmans poerio poff pogacnik pogorzelec pogue pohjola pohl pohlman poil
poindexter pointner poirier poisson poitra poitras pok pokas pokharel pokorna pokorny pokos
pokrzywa pokuaa pokusa polad polak polakiewicz polakova polanco poland polani polasik polaszek
polauaypon polchlopek pold poldma poldmaa poleksina polen polesel poleszak polet poletek polewka
polfliet poli poliak poliakova polic policht polikarp polin polina polis polito politowicz
politz polizzi poljak poljakov polk polla pollack pollak pollakova pollanen pollard pollet
polley pollich pollie pollitt pollock pollu polly polnik polom polona polonca polonijo polovic
polpo polson polston poltavets polyakov polyakova polzer polzin polzl pomaa pomares pombo
pomerleau pomeroy pometta pompa pompeo pompey pompilia pompiliu pomponio ponce poncelet ponci
poncin poncio pondov pongpanitch pongrac poniedzialek ponomarev ponomareva pons pont ponte
pontecorvo ponti pontius ponton pontus pooja poole pooler pooley poom poon poore poorman poos
popa popescu popham popielarczyk popobawa popov popova popovic popovich popovska popovski popp
poppe poppel porath porcel porcellato poreda porfirio porfiriy pornchanok poropat porras porsche
porsha porta porterfield portero portia portilla portillo portis portka portmann porto portwood
porubjak porubjakova porwol porzio porzucek posada posalee posch poschl posey poska poslon
posluszna posluszny posmyk posner posnik pospiech pospisil pospisilova postawa postell postl
postma poston potaczek potap potapov potapova poteat poteet poteete potega pothanun potier
potocnik potoczek potoczna potok potts potvin potyrala pou poucke poudel poul poulain poulin
pouliot poulos poulsen poulson pouros pouw povilas povilonis powala powalka powazka powe powell
powierza powlowski poyner poynter poythress poza pozder pozega pozo pozuelo pozzecco praagh
praba prabawa prabhakar prabhu prabowo prabu prachayaroch pracz praczyk prada pradana pradeep
pradhan pradipta prado praet praga prager prakalpawong prakasa prakash prakosa prall prames
pranata pranav pranawa praneel pranit pranowo prantl praoidheail prasad prasasta prasek prasetya
prasetyo prashad praskovya prastuti prat pratama prater pratesi prather prati pratiwi prats
pratt pratyush pravda pravoslav prawdzik praxmarer prayitna prayoga prayogo prayoonhong prazmo
prazuch preben preble preciado preda predmore predovan predovic predrag preece preiss prejean
prejs prelec prem premo prempeh premysl prendergast prenner prentice prentiss preocanin presa
prescott presley presnell pressler pressley pressnell presswood preston prestridge prettyman
preuss prevatte prevost prewitt pria prial pribanic prichard pricilla prickett priddy pridemore
pridgen pridmore priebe priede priedite prieditis priego priester priestley prieto priit
prikhodko prill prima primachenko primeaux primitiva primitivo primm primozic primus prina
prindle prine pringle prinov prins prinsen prinz priondargas priondragais priongaloid prisca
priscah priscila priscilla priscillah prisco priselac prisha priska pritchard pritchett pritula
priuli privett priya priymak prndachka probst proc procacci procek proch prochaska prochazka
prochazkova prochownik procter prodi proffitt profira profitt prohaska proietti proinnsias
prokhir prokhor prokhorivna prokhorov prokhorova prokhorovich prokl prokofiy prokop prokopczuk
prokopczyk prokopiak prokopovich prokurat proletina proll pronobis proost propes propst prosacco
proshkov prosser prostak prostisveta protasiuk protsenko proulx prouse prout prouty prov
provencher provenzano providencia proykova prpic prskalo prtenjaca pruchnik prucnal pruden
prudencia prudencio prudhomme prudie pruett pruitt pruneda prunty pruschke pruul pruvost
prvanova prvoletka pryal pryce prygiel pryk pryor prystupa pryszcz przeklasa przekop przekwas
przemyslaw przenioslo przerwa przewloka przewozna przewozniak przewoznik przewozny przybycien
przybylski przybys przystupa pszczolka ptechkova ptok puc pucci puccini puccio puch pucher
puchner puckett pudelek pudjiastuti puente puentes puerta puga pugh pugliese puglisi puhakka
puharic puhringer puig puirseal pujadas puji pujol puk pukk puklus puklusova pula pulci puleo
pulev pulgar pulido puljiz pulk pulka pulkkinen pullen pulliam pullin pullins pullman pullum
pulver pumbaa pumphrey pundel punhan puntigam puntira punz pupak pupakova pupek pupi puput pura
puranen purcek purcell purdue purdy puri purificacion purifoy purina purins purkey purmale
purmals purnawati purnell purohit purpura pursell pursley purtell purvis purwa purwadi purwanti
purwanto puryear puscasu pusey pushkar pushti puska puskar puskaric puskarova puskova puspa
puspasari puspita pustovit pusz putek puti putinja putman putnam putney puto putra putri putu
putz puusepp puustinen puvi pyatt pyc pych pyda pye pyle pyles pyne pyrkosz pyron pyrz pys pysz
pyszczek pyszka pyszny pytko pytlarz pyza pyzel pyziak qaadir qaasim qabeel qabil qabiloglu
qadar qadeer qadi qadim qadir qafarov qafurbeyli qahtan qahtani qaim qais qalib qamar qani qanit
qarabagli qaratel qareeb qarin qaseem qasid qasif qasim qasimov qatadah qawee qay qays qedir
qedirzade qehremanli qelender qenire qenizade qesem qezenfer qian qiana qiang qiao qin qiu qiyas
qizbes qoculu qomazitha qonce qori qosali qosqar quach quackenbush quade quadir quaide qualls
qualter quam quan quandt quang quarles quarterman quartey quartier quasimodo quast quattlebaum
quaye quayle qudamah quddoos qudoos qudret queally queenane queenie quentin querini quero querol
quesada quesenberry quevedo quezada quiana quigley quigney quijada quijano quiles quillen
quillinan quilty quimby quin quincy quinlan quinlivan quinn quinney quinny quinones quinonez
quint quintana quintanilla quinten quinter quintero quinteros quintin quinton quintus quinty
quique quirino quirion quirke quiroga quiros quiroz quisenberry quispe quist quitzon qulam qulu
qumru qurban qurbanli qurbanov qureshi qusay qushi qutaybah qutb qutqasinli qutub quyen qwabe
raab raabe raadik raag raaghib raagini raahil raakin raamat raamis raamiz raashid raatib
raatikainen raba rabah rabar rabb rabbaanee rabbani rabbitte rabbiye rabe rabea rabecca rabee
raber rabhartaigh rabhi rabhlaigh rabi rabia rabiah rabideau rabiej rabih rabinowitz rabit
rabitsch rabl rabon raby racha rachael rachal rachana racheal rachedi rachel rachele rachell
rachelle rachid rachida rachit rachita rachko racho rachtagain racine rackham rackley racquel
racz raczkiewicz rada radchenko radcliff radcliffe radek radeke radel radelic rademacher
rademaker raden radenovic rader radford radgeir radha radhakrishnan radhee radhika radhildur
radi radia radic radika radim radimira radin radinovic radisch radislav radit raditya radka
radke radko radl radley radman radmila rado radocaj radojkovic radolovic radomir radosevic
radoslav radoslava radoslaw radostka radosveta radovan radovana radovic radtke radu raducu raduz
radvardur radvile radzewicz radziewicz radzio rae raeann raed raees raegan raekwon rael raelene
raelyn raelynn raemdonck raes raewyn raeymaekers raf rafa rafael rafaela rafaella rafail rafal
rafan rafay rafe rafee rafeek rafeeq raffael raffaela raffaele raffaella raffaellino raffaello
rafferty rafi rafia rafid rafih rafila rafiq rafn rafnar rafney rafnhildur rafnkell raftery
raftis ragan rager raggs raghaill raghaille raghallaigh raghav raghavan ragheb raghib raghna
raghnaill ragin ragland raglin ragna ragnar ragnbjorg ragner ragney ragnfridur ragnheidur
ragnhild ragnhildur ragsdale raguel ragus ragusa raguz rahab rahal raharja rahat rahayu raheel
raheem rahel rahija rahilly rahim rahimah rahimi rahiye rahm rahma rahman rahmani rahmat
rahmawati rahmet rahmi rahmoune rahmouni rahn rahsaan rahul rai raiden raidma raife raifearta
raiford raifteiri raighill raighilligh raighle raighne raight raigne raihan raija raik railey
raili railsback raimo raimondi raimondo raimonds raimund raimundo raina rainbolt raine rainer
raines rainey rainka rainne rais raisa raisanen raissa raith raithbheartaigh raithile raivis
raivo raj rajab rajagopal rajagopalan rajala rajan rajasa rajata rajch rajchel rajcic rajczak
rajczyk rajda rajesh rajeshri rajh rajko rajman rajn rajtar raju rak rakeem rakel rakela rakesh
rakestraw rakide rakova rakovan rakovanova raksha rakuljic rakus raleigh raley ralf raljevic
rall rallaigh ralls ralph ralston raluca rama ramachandran ramadan ramadhan ramaekers ramage
ramaker ramakrishnan raman ramanathan ramaswamy ramazan ramazzotti rambert rambo ramdani
ramdedovic ramer rameriz ramesh ramey rami ramid ramil ramile ramina raminta ramires ramirez
ramiro ramis ramiz ramm ramon ramona ramonita ramos ramsak ramsauer ramsay ramsdell ramsey
ramunas ramune ramzi rana ranae ranaigh ranbir rance rancho rancourt rand randa randal randalin
randall randazzo randee randel randell randhawa randi randidur randle randles randmaa randoja
randolf randolph randver randyu ranee raney ranganathan rangel rangelov rangga rani rania
ranieri ranka rankin rankins ranney rannva rannveig rannver ransdell ransome ranson ranta
rantala rantanen ranveer rao raol raoul rapa raper raphael raphaela raphaelle rapin rapisardi
raposa rapoza rapp rappaport rappaz rapraz raquan raquel rarick ras rasa rasala rasanen rasate
rasberry rasch rasco rascoe rascon raseta rashaad rashaan rashad rashawn rasheed rasheeda rashid
rashida rashidi rashko rasho rasic rasim rasime rask raskin rasma rasmus rasmussen rasnick
raspor rastelli rastija rastislav rastoder rastogi rasul raszkiewicz ratajczak ratchanon
ratchford ratcliff ratcliffe ratemo rath rathaile rathallaigh rathbone rathbun rathburn rathjen
rathnayake ratibor ratih ratka ratke ratley ratliff ratmir ratna ratner ratsep ratta ratti
rattigan raty ratzlaff rau rauch raud raudsepp rauhala raul rauno raurica rausch rauscher rauter
rautiainen rautio ravaglioli raval ravi ravn ravy rawa rawiri rawley rawlings rawlins rawlinson
rawls rawson raya rayaan rayan rayana raybon rayborn rayburn raye rayel rayen rayfield rayford
raygoza rayhona rayhonova rayla raylene raymer raymon raymond raymonde raymund raymundo rayna
raynard raynaud rayne rayner raynichka raynor rayshawn rayu rayyona rayyonova razi raziye
razniak razny razo razov razvan rcho rduch rea reachtabhair reachtabhra reachtagain reachtain
reachtair reachtaire reachtar reachtuire reade reagain reagan reale reames reamoinn reamonn rean
reanachain reanna reannachain reardon rearick reatha reaves reavis reavy reay reba rebane
rebbeca rebbecca rebeca rebecca rebecka rebeka rebekah rebekka reber rebic rebihat rebis
rebolledo rebollo rebrik recep recepali recer recers rechberger recinos recio reck recker
reckinger recko recte reda redd reddick reddin redding reddy redfern redfield redford redi
redican reding redinger redko redl redman redmon redmond redondo redus redwine reece reede
reeder reem reen reena reep rees reese reeser reet refet refik refiqe refugia refugio refur
regalado regan rege regena regenia reger regge reggie regina reginal reginald reginbald
reginbaldur reginbjorg regine reginia reginn regis regitse regitze regnier rego reguera regula
regulo rehaan rehema rehile rehime rehimli rehimov rehkop rehm rehmanova rehn rehorst rei reiber
reich reichard reichel reichenbach reicher reichert reichl reichman reichmann reid reidar reider
reidun reidy reif reiff reifnir reig reijers reijo reiko reill reilly reimann reimar reimer
reimers reimes reimund reina reinald reinaldo reinar reinbacher reindl reine reinel reiner
reinert reingard reinger reinhard reinhardt reinhart reinhild reinhilde reinhold reinikainen
reinis reinisch reinke reino reinprecht reinsalu reinthaler reischl reiser reising reisinger
reisner reiss reita reitbauer reiter reiterer reithil reithofer reitinger reitz rej rejane rejek
rejmak rejmer rejniak rek reka reksa reliford rella relu rem rema remacle remaley remazan
rembacz rembert rembisz rembrandt remedios remi remick remigio remillard remington remley remmel
remmers remo remona rempel remus remy remzi remziyye ren rena renaat renada renae renaldo renan
renard renata renate renato renaud renault renay rencher renda rendon rendulic rendy rene renea
reneau renee renehan renetta renfro renfroe renfrow rengifo rengiya rengul reni renier renita
renken renn renna renner rennie renninger reno rens renshaw rensi renske renson rentas renteria
rentz renwick renz renzi renzo repiska repisky replogle repo repp reqsane requena resad
resanovic resch resendez resendiz reshoni resi resid resmiyye resnick resnik respati respighi
ressie ressler rester restivo resto restrepo restu resul resulcan resulzade reszke reta retamal
retamales retana retha reto retta rettenbacher rettie rettig reuben reubin reuter reva reveles
revell revilla revis revka revza rex rexford rexhep rexsende rey reyansh reyes reyhan reyhane
reykfell reykfjord reyn reyna reynaert reynald reynalda reynaldo reynar reynaud reynders reyndis
reynell reynheidur reynhildur reynholt reynir reynold reynolds reynoldson reynosa reynoso reyr
reza rezaei rezende rezendes rezig rezin rezler rezmer rezzak rhames rhatigan rhattigan rhavi
rheaume rheba rhee rheineck rheta rhett rhian rhianna rhianne rhiannon rhine rhinehart rhoades
rhoads rhoda rhode rhoden rhodes rhona rhonda rhone rhymer rhyne rhys ria riabhaigh riad riada
riagain riain riallaigh rian riana rianna riardain riascos riba ribaric ribas ribeiro ribera
ribes ribic ribicic rica ricard ricarda ricardas ricardo ricards ricart riccardi riccardo
riccati ricci ricciardi riccio ricciotti richard richardova richards richardson richardt
richarson richburg richelle richerd richerson richert richeson richey richie richins richman
richmond richtar richtarova richter rickard ricker rickert rickett ricketts rickey ricki rickie
rickman ricko ricky rico ricolfi rida riddell ridder riddick ridenhour ridenour rideout ridgeway
ridgley ridgway ridhi ridings ridire ridley ridout ridwan riedel rieder riedl riedler riedmann
riegel rieger riegler riehl rieke riekstina riekstins riel riem riemer riendeau riener rienzo
riepl riera ries rieser riet rietveld riffe riffo rifkiye rigaux rigby rigdon rigg riggins
riggio riggle riggleman riggs righi rigmor rigney rigo rigoberto rigsby riha rihanna rihards
rihova riihimaki riikka riikonen riina riitta rijcken rijetkovic rijks rijn rijnsbergen rijntjes
rijthoven rik rika rikard rikardur riker rikey rikhard rikhardur rikka rikke rikki riku riley
rilla rillie rima rimante rimma rimmer rimpopov rin rina rinaldi rinaldo rincon rinda rine
rinehart rines riney ringhofer ringler ringo rini rinker rinn rinne rinner rino rinor rintala
rio rioba riocaird riogain riogh rioghbhardain riojas riollain riordain riordan rios riou rioux
ripley ripoll rippeon rippey rippin rippy riquelme ris risa risalet risasi risch risek rish
risher rishi risinger riska risko riskova risley risma rismondo risner riso risova risper
rissanen rist risteard rister risto ristovska ristovski ristya rita ritacca ritch ritchey
ritchie ritenour ritosa ritt rittenhouse ritter ritva ritz ritzman rius riva rivard rivas
rivenburg rivera riveria rivero riveros rives riviere rivka rix riya riyad riyanti riza riziki
rizki rizo rizvan rizvi rizzi rizzo rizzoli rizzuto rnest roa roache roane roark roarke roarty
roba robadey robaszkiewicz robb robbe robbi robbie robbin robbins robbrechts robby robbyn robel
robena roberge roberson robert roberta robertas robertina roberto robertovna roberts robertson
robertsson robeson robey robhachain robhartaigh robi robichaud robichaux robicheaux robidoux
robillard robinett robinette robinson robison robitaille robiya robiyayeva robjorg robledo
robles robley robrt robson robt roby robyn roca rocamora rocca roccabonella rocco roce roch
rocha rochain rochdi roche rochel rochell rochelle rocher rochester rochon rochowiak rochus
rocio rockett rockwell rockwood roczniak roda rodachain rodah rodai rodaigh rodain rodan rodarte
rodas rodden roddy roden rodenas roderic roderich roderick rodger rodgers rodica rodiguez rodion
rodionov rodionova rodman rodney rodolfo rodolphe rodrick rodrigez rodrigo rodrigue rodrigues
rodriguez rodriguz rodriques rodriquez rodull rodzen roeck roeder roehl roel roeland roelandt
roels roemer roena roepke roero roesch roesler roessink roessler rofn rogacz rogahn rogal
rogalski rogan rogelina rogelio rogena rogerson rogge rogiers rogn rogner rognvald rognvaldur
rognvar rogosic rogov rogova rogowski rogula rohaan rohac rohacek rohacekova rohacik rohacikova
rohacova rohan rohat rohde rohit rohleder rohn rohr rohrbach rohrbaugh rohrdanz rohrer rohricht
rohrmoser roht rohtla roibin roig roijen roisde roise roisin roiste roithleain roj rojas rojek
rojekova rojina rojka rojko rojkova rojnic rojnu rojo rojus rok rokas rokkvi roko roksan roksana
roksolana rolain rolak roland rolanda rolandas rolande rolando rolands rolant roldan rolek rolen
rolf rolfe rolfes rolfson roling rolla rolland rollande rolle rollie rollin rollinger rollings
rollins rollo rolon rolston rom roma romagnoli romaguera romain romana romanchuk romancik
romancikova romanczyk romane romanenko romanens romanets romaniak romanita romanivna
romankiewicz romano romanov romanova romanovich romanovna romanowski romans rombaut rombouts
rome romejko romel romelia romelina romello romen romeo romer romero romeu romie romig romijn
romil romina romine romiti romo romoleta romolo romona romova rompa rompaey romuald romualdas
romul romulo romulus romy ron rona ronain ronal ronald ronaldo ronan ronayne roncalli ronda
rondal rondeau rondon rone roney roni ronin ronith ronja ronkainen ronke ronkko ronna ronni
ronnie ronning ronny rono ronoh rony ronya roo roob roodesteijn rooij rooker rooney roop roope
roos roosa roose roosen roosenboom roosevelt roosileht roover rop roper ropero ropiak ropp roque
rorat rori rorie rorricht rory ros rosa rosabelle rosada rosado rosalba rosalee rosaleen rosales
rosalia rosalie rosalina rosalind rosalinda rosalinde rosaline rosalva rosalyn rosamaria rosamel
rosamond rosana rosann rosanna rosanne rosant rosar rosaria rosarie rosario rosas rosati rosato
rosaura rosberg rosbjorg rosborg rosco roscoe roseann roseanna roseanne roseberry roseboro rosel
roselee roselia roselina roselinde roseline rosell rosella roselle roselli rosello roselyn
roselyne roseman rosemann rosemarie rosemond rosen rosena rosenbaum rosenberg rosenberger
rosenberry rosenblatt rosenbloom rosenblum rosenda rosendahl rosendo rosenfeld rosengren rosenka
rosenow rosenqvist rosenthal roser rosero rosetta rosevelt rosey rosfridur roshildur roshlov
rosi rosia rosie rosiello rosimir rosina rosinberg rosinkar rosinkara rosinkrans rosinkransa
rosinova rosinski rosio rosislava rosita roska rosko roskosz roskoth roskva rosl roslaug roslin
roslind roslinda roslon roslyn rosman rosmann rosmarie rosmary rosmini rosmunda rosmundur rosner
rosny roso rosolek rosova ross rossa rossana rosseel rosselat rosselet rossellat rosselli
rossellini rossello rosser rossetti rossi rossie rossignol rossini rossiter rossler rossman
rossmann rosson rossum rost rostami rostiana rostimir rostislav rostislava rostislavivna
rostislavovich roswell roswita roswitha roszkiewicz roszko roten roter roth rothallaigh rothe
rother rothermel rothlainn rothman rothrock rothschild rothstein rothwell rotich rotraud rotraut
rottensteiner rotter rotteveel rottiers rotz roudebush roukes rouleau roundtree roundy rountree
roura rourke rousey roush rousseau rousseaux roussel rousselet rousset routh routt rouven
rouwenhorst rouwhorst roux rovira rovsane rovsen rovsenov rowan rowden rowe rowell rowena
rowland rowlands rowles rowlett rowley roxana roxane roxann roxanna roxanne roxelana roxie roxy
roy roya royale roybal royce roye royer royo royster royston roza rozak rozalia rozalija rozalin
rozaliya rozana rozanne rozas roze rozek rozell rozella rozeta rozewicz rozhkov rozhkova rozic
rozier rozin rozite rozitis roziya roziyayeva rozka rozman rozmiarek rozotsvet rozsa rozum
rozumek rozynek rua ruachain ruadhain ruadhainn ruadhchain ruaidhe ruaidhin ruaidhinn ruaidhri
ruain ruairc ruairi ruanadha ruanai ruanaidhe ruanain ruane ruano ruari ruark rubabe rubacha
rubaj rubalcava ruban rubani rubar rubben rubbia rubel ruben rubene rubenis rubenovna rubenstein
ruberto rubesa rubets rubeyda rubi rubie rubiela rubik rubikova rubilar rubin rubina rubinic
rubino rubinstein rubio rubye ruch ruchala rucker ruckman rudaigh rudd rudden rudecindo rudi
rudiger rudik rudisill rudite rudkins rudko rudnick rudolf rudolfo rudolfovna rudolfs rudolph
rudowicz rudra rudy rudyk rudzik rudzite rudzitis rueben ruecker rueda ruedi ruegg ruel ruelas
ruelle rufet ruffin ruffini ruffner ruffus rufina rufino rufus rufusova rugg ruggeri ruggero
ruggieri ruggiero ruggles rugile rugut ruhengiz ruhide ruhiu ruhiyye ruhl ruhsat ruhshona
ruhshonova ruhugul rui ruie ruijs ruis ruiseal ruiter ruiz rukavina rukayya rukia ruknettin
ruman rumaysa rumaysayeva rumbaugh rumeysa rumislava rumjantsev rummel rumora rumph rumsey runa
runaidhe runar rundell rundis rundle runge rungo runhildur runi runion runkle runolfsdottir
runolfsson runolfur runte runu runyan runyon ruotsalainen rup rupe rupert ruperta ruperto rupnik
rupp ruppe ruppersberger ruppert ruqayya ruqiya ruqiyayeva ruqiyye rurarz ruri rurik rurka rus
rusakov rusakova rusaliya rusch rusen rushil rushton rusiniak ruska rusko ruskova ruslan
ruslanivna ruslanovich ruslanovna rusman rusnak rusnakova rusne rusova russ russel russell russo
rusticucci rustin rusul ruszczak ruszel ruta rutan rutar rute ruth rutha ruthann ruthanne ruthe
rutherford ruthie ruthild rutkowski rutland rutledge ruto rutowicz rutt rutten rutter rutto
rutur rutz ruud ruus ruuskanen ruutel ruvalcaba ruwa ruwaihim ruxanda ruxandra ruxsare ruy ruz
ruza ruzena ruzhka ruzica ruzicka ruzickova ryabchenko ryabets ryaboshapka ryabov ryabova
ryabovil ryals ryan ryann ryans rybakov rybakova rybar rybarik rybarikova rybarova rybnicek
rybnicekova rybus rycerz rychcik rychel rychert ryck rycke ryczko rydberg ryden ryder ryerson
ryfa rygula rykala ryker rylan ryland ryle rylee ryleigh ryles ryley rylie rym ryma rymarz rymer
ryndak ryne rynn rynne ryohei ryosuke rys rysa ryska rysko ryskova rysova rysz ryszard
ryszkiewicz ryte rytis rytkonen ryurik ryynanen ryznar rza rzaca rzad rzaquluzade rzeszut
rzeszutko rzezniczak rzezniczek rzonca rzucidlo s'fiso saabir saad saadat saadi saadiq saafir
saahir saaiq saajid saal saalih saalim saanvi saaqib saar saara saare saarela saari saarinen
saariyah saastamoinen saavedra saba sabah sabahat sabak sabala saban sabar sabari sabas
sabastian sabater sabatini sabatino sabb sabbagh sabbatini sabbe sabbir sabeeh sabela sabelo
sabettin sabharwal sabih sabihe sabil sabin sabina sabine sabinova sabiq sabir sabire sabljak
sabo sabol saboor sabotic sabra sabri sabrina sabrinova sabur saburah sacco sacha sachar
sacharczuk sachdev sachdeva sachenko sachi sachiko sachs saci sacide sackett sacre saczuk sada
sadaka sadan sadao sadaqat sadat saddam saddamov saddler sade sadeed sadeghi sadej sadeti sadia
sadie sadik sadiki sadiman sadina sadiq sadiqov sadittin sadixov sadixova sadiye sadiyeva sadlak
sadler sadlik sadlocha sado sadoch sadownik sadowski sadowy sadura sady sadye sadza saeberg
saebergur saebjorg saebjorn saebjort saeborg saechao saedal saedis saeed saefinna saefridur
saefullah saehildur saei saelaug saelaugur saelens saemann saemunda saemundur saeny saenz
saephan saer saeros saerun saesol saether saethor saeunn saevald saevaldur saevar saevarr saevin
saevor saez safak safet saffi saffold safford safia safii safina safinayeva safinaz safir safiri
safitri safiya safiyeva safo safoaa safonov safonova safronov safta safura sagal sagar sagcan
sagers sagese sagit sagmeister sagnelli sagredo saha sahat sahbuzlu sahdiye sahibe sahigul sahil
sahin sahinbey sahinder sahir sahlar sahli sahlin sahmar sahmettin sahnaz sahni sahnuray sahota
sahra sahraoui sahsuvarli sahveled sai saida saidani saidi saidov saidova saiful saige sailer
saim sain saina saini sainio sainz sair sairah saire sairseal saito saitoti saiz saj sajda
sajewicz sajnog saka sakac sakalauskas sakamoto sakari sakarias sakarya sakhoriya sakina
sakinayeva sakip sakir saks saksen saksham sakti sakura sakwa sal sala salach salah salahudin
salaj salajka salajkova salajova salako salamanca salamoglu salamone salandra salas salat salata
salawa salazar salberg salbjorg salcedo salcher salcido saldana saldias saldis saldivar saldivia
saleh salem salena salerno salet salgado salgari salgerdur salguero salhi sali saliba salic
salieri salih salim salima salimah salimet salin salina salinas salisbury saliy salka salkin
sallee salley sallie sallinen salm salma salman salmann salmar salmela salmen salmeron salmi
salminen salny salo salohiddin salohiddinov salom salomaa salome salomea salomey salomon
salomonsson salonen salopek salsabila salsbury salters saltsman saltzman salu salud saluda
salumae salumets salurbay salva salvador salvar salvatore salvemini salvi salvini salvor salwa
salwin salyer salyers salz salzer salzman salzmann sam sama samahat samaksh samama samandar
samandarov samaniego samanta samantha samar samara samarth samatar samatha samel samele samella
samelova samesh sameya samford sami samiah samie samiec samiha samil samiloglu samilov samina
saminova samir samira samire samirov samirova samiya samiyah samiyeva sammer sammie sammon
sammons sammy samo samoei samokhodov samol samons samora samoraj samosir samoylenko samoylov
samoylova sampaio sampath samper sampson samra sams samson samsonov samsonova samsul samu samual
samuel samuele samuelova samuels samuelson samuelsson samuil samul samulak samuli samurtay
samwel samweli samxal samy samyn san sana sanaa sanabria sanai sanavber sanaya sanborn sancak
sancar sanches sanchez sancho sanda sandalio sandanezwe sandberg sande sandee sandeep sandefur
sandel sandell sanderlin sanderson sandford sandgren sandholm sandhu sandi sandidge sandie
sandifer sandile sandin sandis sandler sandlin sandor sandoval sandoz sandra sandri sandridge
sandrine sandro sandstrom sandu sandur sandusky sandvik sanela sanetra sanfilippo sanford
sangare sanger sangha sanghvi sangster sanguineti sangwani sangweni sanhueza sani sanije sanita
sanitra sanitrova saniya saniyah sanja sanjar sanjarov sanjuan sanjuana sanjuanita sanka sankar
sankaran sankey sankiewicz sanli sanmartin sanmiguel sanna sanne sanner sanni sannie sanora
sansom sanson sansone sansoni sansonnens sant santa santacruz santamaria santana santander
santangelo sante santee santen santeri santi santia santiago santibanez santic santillan santina
santini santino santistevan santner santo santorio santoro santos santoso santoyo santucci
sanudo sanur sanya sanz sanziana saoirse saood saoraidhe saors saoudi sapa sapala sapeta saphira
sapien sapienza sapp sappington saptono sapundzhieva saputra sara sarabi sarabia saraceno
saracino saraf sarafina saragat saragih saragosa sarah sarahi sarai saran sarap sarapuu
saravanan saravia saraya sardelic sardor sardorov sargac sargeant sargent sargin sariah saric
saricabay sarin sarina sarita sarka sarkan sarkanova sarkar sarker sarkozi sarlija sarlota sarma
sarmiento sarmite sarna sarneel sarniak sarno sarosiek sarota sarpkin sarpong sarr sarraf sarrah
sarsfield sartain sarthak sartin sartor sarunas saruni sarunporn sarv sarvan sarvar sarvarov
sarver sarvinoz sarvinozova sarya sas sasa sasak sasaki sascha sasha sasho sasiadek saskia saso
sasser sasso sastre sastry satchell saternus sathe sather satherley sathvik satia sato satomi
satora satrettin satriani satsyuk satta satterfield satterlee satterwhite sattler satu saturnina
saturnino satya sau sauber sauberlich sauceda saucedo saudan sauer saul sauli saulite saulitis
saulius sauls saulsberry saumu saumya saunders saundra saura sauro sauter sauti sauvage sauve
sava savak savala savana savanah savard savarese savelev saveleva saveliy saveljev savell
savenko saverio saveta savilla saville savin savina savino savion savitri savki savni savoie
savolainen savon savorgnan savoy savva savvatiy sawayn sawe sawhney sawicki sawko saxena saxi
saxo saxon saxton sayah sayali sayan saydam sayed sayenko sayer sayers saygin sayin sayler
sayles saylor saylors sayrak sayre sayuri sayyid sazime sazonov sazonova sbarbaro scaduto scaggs
scaife scala scalaidhe scalaighe scalera scalf scalfaro scalise scallaigh scallan scallon scally
scamarcio scanaill scandone scanlain scanlan scanlon scannail scannaill scannell scannlain
scaramucci scarberry scarborough scarbrough scardino scarfoglio scarlatti scarleth scarlett
scarlette scarpa scarpetta scarponi scates sceachain sceallain schaack schaaf schaal schachinger
schachner schacht schade schaden schadler schaefer schaeffer schafer schaff schaffer schaffner
schagen schaible schakelaar schalk schall schaller schamberger schandl schank schantl schantz
schar scharer scharf scharff scharinger scharroo schartner schartz schatteleijn schatz schatzl
schaub schauer schaus schechter scheel scheer scheetz scheffers scheffler scheibe scheiber
scheid scheidegger scheidl schell schellekens scheller schelvis schenck schenk schenkel schepens
schepers schepper scher scherer schermerhorn scherms scherr scherrer scherz scherzer scheucher
scheuermann schevinghuizen schexnayder schiaparelli schiavo schiavone schicchi schick schiefer
schiestl schiff schiffer schiffman schilcher schild schill schiller schilling schillinger schilt
schiltz schimmel schimpl schinagl schindler schinke schinner schinnerl schintgen schipper
schirmer schlager schlatter schlauchin schlegel schleich schleicher schlemmer schlenker
schlesinger schlesser schley schlichting schlogl schloss schlosser schlueter schmeler schmeling
schmid schmidinger schmidl schmidt schmidtke schmied schmiedecke schmiedt schmit schmitt schmitz
schmolzer schmucker schnabel schnabl schneck schneeberger schneider schnell schnieders schnyder
schober schoberl schoch schock schoen schoenberger schoenfeld schoenrock schoffmann schofield
schokman scholl scholler scholten scholtes scholtz scholz schomber schon schonauer schonberger
schonland schoofs schoolcraft schooley schoonbroodt schoonmaker schoonover schopf schorr schott
schotte schottin schou schouten schowalter schrader schram schramm schrammel schrant schranz
schrecengost schreck schreiber schreier schreiner schrempf schrenk schrijver schrik schrimsher
schrittwieser schrock schroder schroeder schroeff schroer schroeter schroth schrum schryver
schubert schuchhardt schuck schueler schueller schuette schuetz schuh schuijt schuldt schuler
schulist schuller schulman schulte schulten schultz schulz schulze schumacher schumaker schuman
schumann schumm schummer schupp schuppe schurch schuster schutt schutte schutter schutz
schuurmans schuylenborch schuyler schwab schwaiger schwaighofer schwan schwandt schwartsbach
schwartz schwarz schwarzinger schwarzl schwass schweiger schweigert schweighofer schweinfurt
schweitzer schweizer schwendinger schwenk schwindt schwital schyns scialpi scibior scibisz
scieszka scofield scoggins scolai scolaidhe scolaighe scollaigh scollain scollan scot scott
scotti scottie scotto scotty scoville scranton scribhin scribner scriven scrivner scroggins
scroggs scruggs scudder scully scurlock scuylenborchs seabolt seaborn seabrook seachnasaigh
seadet seafraidh seafraigh seager seagha seaghain seagle seagraves seain seale seales sealey
seally sealy seamans seamon seamuis seamus sean seana seanachain seanaigh seanain seanainn
seanan seaneen seanlaoich seanna searcaigh searcy searle searles searlog searraigh seartha sease
seasnain seaton seaver seavey seawright seay sebakhtin sebastiaan sebastian sebastiano sebastiao
sebastien sebastijan sebastjan sebattin sebigul sebine sebire sebla sebo sebova sebrina sebring
sebuhi secgul sechrist seck secme seco secor secova secrest seda sedali sedano sedaqet
sedaqetoglu sedat seddiki seddio seddon sedef sedefcho sedek sedgwick sedife sedillo sedlacek
sedlackova sedlak sedlakova sedlar sedliak sedliakova sedrick seebacher seeber seeger seeley
seely seema seeman seery seese sefa sefania sefer seferli sefi sefiqe sefiye sefure segal
segarra segars segebahn seger segers segerson segersun segerszoen seghers segilola segismundo
segni segovia segovic segre segrest seguel segui seguin segundo segura seha sehamet sehel seher
sehgal sehla sehreban sehrebanu sehza seibel seiber seibert seibhleain seibhlin seide seidel
seidl seidman seif seifert seifur seighin seigler seija seil seiler seimur seinin seip
seireadain seiser seitheachain seithneachain seitric seitz seiwald sejda sekera sekerova sekhon
sekim selah selaheddin selale selam selami selatin selby selcan selcen selcuk selders seldon
sele selecka selecky selen selena selendic selene seler seleznev selezneva selfridge selim
selime selimova selin selina seline selivan seliverst seliverstov seliverstova selja seljan
selka sellars selleck sellman selma selman selmer selmin selph sels selvam selvi selvidge selzer
sem sema semaj seman semat semaye sembathwa semed semedoglu semenarka semenchenko semender
semenica semenivna semenov semenova semenovich semenovna semenowicz semialjac semik semine semir
semitecolo semple semra semrin semsettin semsinisa semsiyye sen sena senad senaida senait senan
sencar sendogan sendor seneca senecal sener seng senger sengupta sengwayo senia senicic seniha
senkal senko senkova senn senne sennur senol senora senouci sensoy senta senter senthil senuber
seo seochfhradha seochru seoighe seoin seona seosamh sep separovic sepp seppa seppala seppanen
seppe seppo september septi septima sepulveda sequeira seracettin serafeddin serafet serafim
serafin serafina serah seraina serao serban serda sereda seref serefeddin sereina serem serena
serencam serezli serfinaz sergeev sergeeva sergeevna sergei sergej sergejev sergelinka sergent
sergey sergio sergiu sergius sergiy sergiyivna sergiyovich serhatmehmet serifova serina serine
serio serita seriyye serkan serlupi serma serman sermonti serna sernur serol serpa serpil serra
serraglio serrano serrato sersic servac servais servantes servin servinaz serwa serwaa serwach
serxan serzysko sesar sesay sesco seselia seshadri sesil sesilia seslav sessa sesselia sesselja
sessilia sessoms sestak sestan sestig seta setareh seth sethi setiawan setrick setser setsuko
setty setya setzer sevan sevar sevara sevarova sevastin sevastyan sevcan sevcik sevcikova sevda
sevdalin sevdan sevdelina sevdi sevdinar seve sevelin severiano severin severina severine
severino severo severson severt seveta sevgen sevginur sevican sevier sevigny sevil sevilla
sevillano sevim sevinc sevinch sevinchova sevindik sevket sevketfeza sevla sevrin sevsevil
sevtsenko seward sewell seweryniak sexavet seybert seyda seydo seye seyfeddin seyfulla seyfullah
seyhan seyidbeyli seyidzade seyithan seyler seymore seymour seymur seyran seyxzade seyyide sezal
sezen sezer sezgin sezginbas sforza sgalambro sgarbi sgulla sha shabalala shaban shabane
shabangu shabazz shabliy shackelford shackleford shadle shadrack shae shaeffer shafer shaffer
shaffrey shafter shahan shaheen shahid shahina shahinova shahnoza shahnozova shahram shahriyor
shahriyorov shahzod shahzoda shahzodov shailer shain shaina shakhray shakia shakil shakila
shakira shakiri shakita shala shalanda shalon shalonda shamar shamase shamblin shameka shamhrain
shamika shammari shamray shamsuddeen shan shana shanae shanahan shand shanda shandi shandra
shandu shane shaneka shanel shanell shanelle shanequa shaner shangase shange shani shania
shanice shaniece shanika shaniqua shanita shaniya shankar shanker shankle shanklin shanko
shanley shanna shannan shannen shannon shanny shanon shanou shanta shantae shantay shante
shantel shantell shantelle shanti shao shapiro shapoval shaquan shaquana shaquille shaquita
shara sharaf sharan sharapov sharapova sharda shardae sharday sharde sharee sharell sharen shari
sharice sharie sharif shariff sharika sharilyn sharita sharkey sharla sharleen sharlene sharma
sharmaine sharman sharo sharolyn sharon sharonda sharov sharova sharpe sharpton sharri sharron
sharry sharyl sharyn shashkov shashkova shasta shatara shatley shattuck shatzer shaughnessy
shaul shaun shauna shaunda shauneen shaunna shaunta shaunte shaurya shavon shavonda shavonne
shaw shawana shawanda shawanna shawn shawna shawnda shawnee shawnna shawnta shawnte shawver shay
shayla shaylee shayna shayne shazi shchedra shchedrin shchedyu shchefaniya shcheki shcheno
shchenyu shcherbak shcherbakov shcherbakova shcherban shcheriana shcherion shcheriyan shcherko
shchero shcheryu shchiliyan shchilyan shchilyanka shchiritsya shchiryan shchono shchors shchrban
shchrbov shchrkan shchtilka shchtrban shchtrkan shchukin shchukina shchurk shea shead sheaffer
sheahan shealey shealy sheamus sheane sheard shearin sheba shedd shedrick sheedy sheehan sheehy
sheela sheelagh sheena sheeran sheerin sheetz sheffer sheffield shehan shehu sheil sheila
sheilah sheilds sheilla sheillah sheitric shekherezada sheki shekoni shela shelba shelbi shelbie
shelby sheldon shelembe shelest sheley shelia shella shellenbarger shelley shelli shellie shelly
shelor shelton shelva shelvia shelvie shem shemar shemeka shemika shen shena sheng shengele
shenika shenita shenk shenko shenna shenol shenoy sheoinin shep shepard shepardson sheperd
shephard sheppard shera sherburne shere sheree sherell sheremet sheremeta sherer sheri sherice
sheridan sherie sherika sherill sherilyn sherise sherita sherlene sherley sherlock sherly
sherlyn sherman sheron sherpa sherrard sherree sherrell sherrer sherri sherrie sherril sherrill
sherrod sherron sherryl sherwin sherwood shery sheryl sheryll shestakov shestakova sheth shetler
shetty shevchenko shevlin shew shewmaker sheyla sheyna shezi shi shianne shibase shibil shick
shida shider shiel shiela shiels shiffer shifflett shiflett shih shikuku shila shilo shiloh
shilov shilova shimizu shinault shinead shinga shinka shinkarenko shinko shinn shino shipchan
shipe shipley shipman shipp shippy shira shirazi shirely shirey shirin shirko shirl shirlee
shirleen shirlene shirley shirleyann shirlie shirly shiryaev shiryaeva shishman shisler shitric
shiurdain shiurtain shivani shivansh shively shives shiyan shizue shizuko shkembova shkodri
shmilo shmorgun shmulyu sho shoaf shoba shockey shockley shoemake shoffner shofner shohei
shohjahon shohjahonov shohrux shohruxov shoji sholes shomais shombela shon shona shonda shondra
shonna shonta shoop shope shorey shortridge shortt shoshana shota shotwell shoup shouse shover
shovkoplyas showalter shoyisa shozi shpilko shpresa shqipe shrader shravya shrestha shreve
shreya shriver shroff shropshire shrout shroyer shrum shryock shtepa shtokalo shu shubert shubin
shubina shuey shuff shuford shukhevich shukla shukrona shukronova shuler shull shulman shults
shultz shumaker shuman shumate shumpert shumway shunk shupe shurtleff shurtz shusho shuster
shute shutko shutt shuttleworth shutts shvachka shvachko shvayka shvedchenko shyann shyanne
shyheim shyla sia siacais siadhachain siadhail siaghail sian siara siardain siarkiewicz sias
siatka sibal sibalic sibalukhulu sibanda sibaya sibbie sibeko sibel sibert sibhene sibhleain
sibiga sibila sibilia sibilla sibille sibindi sibisi sibiya sibley sibonelo sibongile sibul
sibusisiwe sibusiso sibylla sibylle sicard sich siciarz siciliano sickler sid sidar siddharth
siddie siddiqui sider sidheail sidhu sidi sidiq sidiqe sidki sidler sidlo sidlova sidney sidonia
sidoniya sidor sidorczuk sidorov sidorova sidwell sie siebe siebenaler sieber sieberer siebert
sieczko siedlaczek siedlarz siedlik siefert sieg siegbert siegel siegfried sieghard siegl
sieglinde siegmar siegmund siegrid siegried siegrist siegrun siegward sieja siejak siekierka
siele siem siembab siemek siemens siemienczuk siemieniec siemion sien siena sienna sieradzan
siergiej siering sierota sierpien sierzant sievers sievert siewert siewiera sif sifa sifford
siffredi sifonya sifuentes sifuna sigagu sigala sigbergur sigbert sigbjartur sigbjorn sigdis
sigdor sigdora sigegede sigei sigerson sigfastur sigfinnur sigfredur sigfrid sigfrido sigfridur
sigfried sigfus sigga sigge siggeir siggerdur sighvatur sigismund sigita sigizmund sigjon sigl
siglaugur sigler siglinde sigman sigmann sigmar sigmon sigmund sigmunda sigmundur signa signar
signe signhildur signy sigri sigrid sigridur sigrikur sigrist sigrun sigsteinn sigthor sigthora
sigthrudur sigtryggur sigtyr sigur sigurast sigurasta sigurbaldur sigurbara sigurberg
sigurbergur sigurbirna sigurbjarni sigurbjartur sigurbjorg sigurbjorn sigurbjort sigurborg
sigurbrandur sigurd sigurda sigurdis sigurdor sigurdora sigurdrif sigurdrifa sigurdur sigurey
sigurfinna sigurfinnur sigurfljod sigurgeir sigurgeira sigurgestur sigurgisli sigurgrimur
sigurhanna sigurhans sigurhelga sigurhildur sigurhjortur sigurholm sigurjon sigurjona sigurkarl
sigurlas sigurlaug sigurlaugur sigurleif sigurleifur sigurlidi sigurlilja sigurlin sigurlina
sigurlinn sigurlinni sigurmann sigurmar sigurmon sigurmunda sigurmundur sigurnanna sigurnyas
sigurnyjas siguroddur siguroli sigurosk sigurpall sigurros sigursteina sigursteinn sigursveinn
sigurthor sigurthora sigurunn sigurvaldi sigurveig sigurvin sigurvina sigvaldi sigvard sigvardur
sigyn sihawukele sihombing sihotang sihvonen siim siiri sijadu sijuade sikes sikhakhane
sikhosana sikhunyana sikiric sikk sikobi sikora sikorski siku sikuku sikwayo sil sila silagi
silan silangwe silantiy silanur silas silber silberman silcox sild sile siler silfa silfrun
silin silina silins silja silje silka silke silla sillanpaa sillaots sillaste sille siller silli
silm silondile silva silvana silvano silvas silveira silvennoinen silverberg silverman
silvernail silverstein silvester silvestr silvestra silvestre silvestri silvestro silvey silvi
silvia silvian silviana silvie silvija silvio silvis silviu silviya silviyan silvo silyan
silyana sima simanjuntak simao simara simard simas simashkevich simba simber simbolon simcox
sime simek simekova simelane simen simental simeoin simeon simeone simeoni simeonov simi simic
simicic simik simikova similoluwa simina simion simisola simiyu simka simkins simko simkova
simmie simmon simmonds simmons simms simo simoens simoes simola simon simona simonas simoncic
simoncicova simonds simone simoneau simoneaux simonen simonenko simonetta simonetti simonia
simonic simonis simonivna simonne simonov simonova simonovic simonovich simonovicova simonovska
simonovski simons simonsen simonson simonsson simonton simova simphiwe simphiweyinkosi simpkins
simpson simran simsek simson simten simunic simunovic simuzer sina sinaga sinaida sinan sinasi
sinclair sinda sindre sindri sindy sinead sinema sines singh singhal singletary singley sinha
sini sinica sinikka sinisa sinisi sinkiewicz sinklitikiya sinkovec sinkovic sinn sinnott sinozic
sintija sintiya siobain sioban siobhain siobhan siochain siochfhradha siochru sioda siofra
siomoin sionachain sionain sionainn sione sionnaigh sioradain siorain siothchain sipe sipek
siper sipes siphesihle sipic sipila sipos sipple siqueira sirac sirait sirap sirchenko sireelert
siregar sirel sirena siri sirin siripaiboo sirivan sirje sirkka sirko sirman sirmans sirnir siro
sirobaba sirois sirotenko sirotic sirpa sirra sirriye sirry sirus sirvanzade sirvio sirzad
sisask sisco sishangwe sishi sishiya sisi sisk siska sisko sisler sismondi sisneros sisoya
sissel sisson sistrunk sita sitare sitati sith sithembiso sithenjwa sithigh sithole sithombo
siththe sithuli siti sitienei sitiwat sitnikov sitnikova sito sitolotolo sitompul sitorus sittik
sittikorn sittisaowapak sitton situm situma situmorang siu siudek siun siurdain siv sivar sivert
sivertsen sivi siwa siwczak siwele siwka sixi sixli sixta sixten sixto sixtus siya siyabonga
siyaya siyeshe siylihan sizemore sjafnar sjoberg sjoblom sjodin sjoerd sjofn sjogren sjoholm
sjolander sjolin sjolund sjostedt sjostrand sjostrom skaer skaeringur skafti skagalin skaggs
skaidrite skakalka skala skalik skalka skally skantar skantarova skapti skara skarphedinn
skarpheidur skeahan skeen skeens skeete skeffington skefill skeggi skehan skelly skelton skender
skenderovic skiba skiddal skidi skidmore skiepko skierka skiles skillern skinner skirda skirnir
skivington skjoldur skladanek sklar sklarova sklenar sklenarik sklenarikova sklenarova sklenica
sklenicka sklenickova sklenicova sklenka sklenkova sklorz skocz skoda skog skoglund skok skokan
skokanova skolastika skold skolik skomra skoneczna skonieczka skoog skopenko skorbut skorik
skorobogatko skorri skotarczak skotarek skov skoviera skovierova skow skowronski skowyra
skrijelj skriniar skriniarova skrinska skrlin skrnicki skrobek skrobot skrtic skrzecz skubala
skubis skugga skuggi skugor skuja skujina skujins skula skuld skuli skulina skultety skultetyova
skunca skup skupin skupnjak skuta skutecka skutecky skutnik skwira skye skyla skylar skyler
slaba slabosz slade sladek sladjana sladoledka sladonja slaetsdochter slagle slagmolen slahor
slahorova slamain slamet slamon slane slaninkova slape slastan slastanova slatara slater slaton
slattery slaugh slav slava slavdo slaven slavena slavens slaveya slaveyko slavi slavica slavik
slavikova slavil slavin slavisa slavka slavko slavomir slavomira slawik slawomir slawson slayden
slayton slebioda sleczka sledzik slegers sleibhin slevin slezak sleziak sliger slimak slimani
slingerland slipek slivka slivko slivkova sliwinski sliz sloan sloane sloat sloboda slobodan
slobodnik slobodnikova slobodova slobodzian slocum sloka slomian slomiany slon slone slonka
sloot sloss slota slotova slovak slovakova slover slovinec slovinecova slowey slowiak
sluaghdhain sluder slupek slupik slusher sluss slusser slyk slyne slysz slyusar slyvia smagacz
smagala smail smajda smajdova smal smalec smalley smallwood smaranda smardz smari smartt
smealain smedley smedt smeede smeets smekhoterapiya smektala smela smelley smelser smeltzer smet
smetek smets smid smidova smidt smidur smieja smieszek smik smilte smirna smirnoff smirnov
smirnova smitham smither smitherman smithers smithey smithson smithwick smits smoak smoczyk
smokovic smolain smolec smolen smolic smolka smolorz smoot smorag smoter smotherman smrdanski
smrek smrekova smtih smullen smutek smykala smykla smyl smyrill smyth smythe snaeberg
snaebjartur snaebjorg snaebjorn snaebjort snaeborg snaebra snaedahl snaedis snaefridur snaeholm
snaelaug snaelaugur snaer snaeringur snaeros snaerun snaethor snaevar snaevarr snapp snauwaert
snavely snead sneed sneha sneider snell snelling snelson snezana snezhana snezhinka snieg
snizhana snjafridur snjaka snjezana snjofridur snjoki snjolaug snjolaugur snjolfur snoch snoddy
snodgrass snook snorra snorri snowden snyder soares sobarzo sobczak sobel sobieszczyk sobilo
sobisz sobkiewicz sobkow sobolak sobolev soboleva sobolewski sobota sobowale sobrero sobrino
sobstyl sobus socha sochaj socorro soczewka soczowka soderberg sodergren soderholm soderini
soderlund soderman soderquist soderqvist soderstrom sodhi soding soduba soe soest soffanias
soffia soffici sofi sofia sofiane sofie sofija sofiya sofiyka sofon sofonias sofron sofus sohel
sohn sohret soi soila soileau soini soininen soita sojda sok sokac sokcevic sokhela sokhulu
sokhwebula sokic sokk sokmen sokol sokolov sokolova sokolowski sokrat sokrates sola solan solana
solange solanki solano solarczyk solarek solares solari solberg solbergur solbjartur solbjorg
solbjorn solbjort solborg solbra solbrun soldis soldo soldogg soledad soleh solej solejova solek
solene soler solera soley solfridur solgerdur solheim solhildur solich soliha solihayeva
solimann solimena solin soline solis soliwoda soliz solkatla sollars sollilja sollima solma
solmar solmaz solmundur solnica solny soloducha soloman solomiya solomon solomonivna
solomonovich solomun solon solorio solorzano solovev soloveva solovjov solros solrun solsona
solt soltan soltani soltes soltesova soltis soltys soltysek soltysova solum solva solvar solveig
solvej solvey solvi solvin solvina solvita solvor solzer som somachain somadina soman somboni
somer somers somerville somfula somko sommaruga sommer sommerfeld sommers sommerville somogyi
somoza sompisi somtochukwu sona sonad sondej sondergaard sondini sondisa sondra sondre songer
songiya songul songurkan soni sonia sonja sonji sonke sonnenberg sonnier sonnino sonnleitner
sonnur sonqandile sontag sontuli sonya soo sood sook sooksawang soolachan soolaghan soos soosaar
soosalu soots sopadzhieva sopata soper sophanias sophia sophie sophronia sophus sophy soraia
sorana soranzo sorattanachai sorawut soraya sorbian sorcha sordi soren sorensen sorenson sorg
sorgatz sorger soria soriano soric sorin sorina sorine sorli sornat sorokin sorokina soroko
sorrell sorrells sorrentino sosa sosebee sosic sosimo sosnain sosniak sosnowka sosnowski
sostaric sota sotaro sotelo sothole soto sotobe sotomayor sottile souad soucy soudani souder
souders soufiane soukup soukupova soule souma soumia sousa southall southard southee souther
southerland southwick southwood southworth souza sovket sowa sowala sowande sowards sowder
sowell sowman soydaner soyinka soykan soykut soyler soylu soyselcuk sozer spaan spada spadafora
spadlo spady spaendonc spaendonck spaeth spahn spain spalding spallanzani spanevello spangler
spanhaak spann spano sparkman sparling spartak spartakus spasena spasivna spasiyana spasov
spasova spasovska spasovski spataro spaulding speakman spealain spearman specht spector speegle
speer speers speicher speier speight speights speijer spela spellman spelman spence spencer
spengler spenser speranta speri sperl sperling sperry sphiwe spicer spiegel spiegl spielman
spier spiers spiess spika spiker spilar spilarova spillane spiller spillers spillman spina
spindler spinelli spink spinka spinks spinney spinola spiolain spiollain spirela spiridon spisic
spitler spitz spitzer spiva spivey spohn spoi spolain spoljaric spolnik spooner spordi sporek
sporer sporri sporysz spotts spradley spradlin spradling spraggins sprague spralja spratt
sprawka sprayberry spreeuw spreeuwel spreitzer sprenger spreuwel spriggs springer springfield
sproge sprogis sproles sprong sproul sprouse spruill spruit spruyt sprycha spurgeon spurlin
spurling spurlock spurr spurrier spychaj squarcione sraffa srecko sridhar srinivas srinivasan
srisoontorn srivastava srmenka sroga sroka srokosz sromek srsen ssu staab staats stabile stac
stace stacee stacey stach stachelek stachewicz stachow staci stacia stacie staciwa stackhouse
stacy stadelmann stadlbauer stadler stael staelens staffan stafford stagg staggs staglieno
stagner stahl stahlman stahr stalcup stalder staley stallard stallcup stallings stallworth
stalnaker stalvey stamatka stambaugh stamey stamm stamper stampley stamrood stan stana stanaszek
stanback stanca stancil stancin stanclik stancu standaert standifer standish standley standridge
standun stanek stanescu stanfield stanfill stanford stange stanger stangl stanhope staniaszek
stanic stanicic staniczek staniela staniewicz stanimir stanimirka stanishev stanislaus stanislav
stanislava stanislavivna stanislavovich stanislavovna stanislavs stanislaw stanislawczyk
stanislawek stanka stankevicius stankiewicz stanko stankova stanley stannard stansberry
stansbury stansel stansell stansfield stanton stanuch stapi stapleton stapor stapp staquet
starbuck starcevic starcher stardal starega starek starkadur starke starkenberg starkey starks
starla starnes starns starosciak starosta starostka starostova starr starrett starri startek
starzak stas stasha stasia stasiak stasica stasko stassin stastna stastny staten statler staton
staub staudacher staude staudinger staudt stauffer staunton stavisara stavros stawczyk stawinoga
stawowczyk stayton stclair stcyr steadham steadman stearns stebbins stebel stecher steciuk steck
steckel stecker steckiewicz stedman steele steelman steen steenbakkers steenbeek steeves stef
stefaan stefan stefana stefanec stefanek stefanekova stefanelli stefani stefania stefanie
stefanija stefanik stefanikova stefanivna stefanka stefankiewicz stefanko stefankova stefanny
stefano stefanova stefanovic stefanovich stefanovicova stefanovska stefanovski stefanski stefany
steffan steffanie steffen steffens steffensen steffes steffey steffi stefica stefka stefnir
stefovic stefunko stefunkova stegall steger stehle stehr steib steichen steidl steiger steina
steinacher steinar steinarr steinbach steinbacher steinbauer steinbeck steinbekk steinberg
steinberger steinbergur steinbjorg steinbjorn steinbock steinborg steindis steindl steindor
steindora steiner steiney steinfinnur steinfridur steingerdur steingrimur steinhildur steini
steininger steinke steinkell steinkellner steinlaug steinlechner steinman steinmann steinmar
steinmeiern steinmetz steinmodur steinn steinolfur steinrodur steinros steinrun steinthor
steinthora steinunn steinvardur steinvor steinwender stejskal stejskalova stela stelian steliana
stelina stell stella stellah stellan stelly stelmakh stelmasiak steluta stelzer stelzl stempel
stempin stemple stempniak sten stenberg stender stenger stenlund stennett stennis stenson
stenstrom stepak stepan stepanek stepanie stepanivna stepanka stepankova stepanov stepanova
stepanovich stepanovna stephaine stephan stephane stephani stephania stephanie stephany stephen
stephene stephenie stephens stephenson stephine stephnie stephon stepien stepka stepney stepp
steptoe sterckx sterkman sternberg sterre sterrett stetler stets stetson stettler stettyn
steuber steuer steurer stevan steve steven stevens stevenson stever steverson stevie stewart
stey steyaert steyana stgeorge stgermain sthilaire stian stibhin stice stichter stickel stickles
stickley stickney stidham stiebitz stiedemann stiefel stiegler stien stier stifanic stiffel
stiffler stifter stig stigall stigheidur stigrun stigur stijn stilla stillings stillman
stillwell stilson stiltner stilwell stimac stimpson stimson stin stina stine stiner stines
stinis stinnett stinson stiofain stipanovic stiperski stirling stirnir stites stith stitt stiven
stiver stivers stjarna stjean stjepan stjohn stlaurent stlouis stoc stoch stochaj stochel
stochmal stockard stockdale stocker stockhammer stockinger stockl stockli stockman stockstill
stockton stockwell stoddard stodola stodolova stoffel stoffelsz stoger stogner stoiber stoica
stoices stoimena stoj stojak stojan stojanov stojanovic stojanovska stojanovski stojcevic
stojnic stoletka stoll stolle stoller stollings stolnik stoltenberg stoltman stoltmann stoltz
stoltzfus stolz stolze stondun stonebraker stonecipher stoneking stoneman stonge stook stopar
stoppani storch storer storie storladi stormur storolfur storrs stosic stosik stosio stotler
stott stotts stoudt stouffer stough stoughton stovall stover stowe stowell stowers stoyan
stoyanka stoykov stozek stpeter stpierre straaten strachan strack stracke strader stradivari
stradley strahan straka strakova stralen straley strama stranc strandberg strang strangio
strasser straszak stratford stratton straub strauch straumberg straus strausbaugh strauser
strauss strawa strawbridge strawn strawser strayer strazdina strazdins strazicic strba strbac
strbova streater strecker streeter streich streicher streit strelkov strelkova stribling
stricker strickland strickler stricklin strid striebitz strigt strigter strijker strik strinavic
stringfellow stringfield stringham strljic strnad strnadova strnisko strniskova strobel strobl
stroh strohl strohmaier strohmayer strohmeier strojna strojwas stroka strom stroman stromberg
stroobants strope strosin strother stroud stroup stroupe strouse strout stroz strozier struble
strug strukelj strunk struthers strycek strycekova strycharz stryjek stryker strzadala strzala
strzelczak strzepek strzoda strzyz stserbakov stuart stubblefield stubbs stucchi stucker stuckey
stucki stuckler stucky studdard studebaker studer stuglik stuivenberg stukes stull stults stultz
stummer stumpf stundun stupak stupalo sturdevant sturdivant sture sturges sturgill sturgis
sturla sturlan sturlaugur sturm sturri sturtevant stus stutts stutz stutzman stwora styn stypa
stypka stypula styr styrbjorn styrgerdur styrkar styrmir styrna styron styrr suanne suarez
suartini suat suayp suazo subbotin subbotina suber subhan sublett subocz subomi subramaniam
subramanian subutiye sucaettin suceddin suchenek suchojad suchon suchora suchta suci suciu suda
sudabe sudak sudduth sudi sudiati sudie sudiksha sudnik sueann suellen sugg suggs sugier sugra
sugrue suh suha suhani suheyda suhonen suibhne suijker suilleabhain suilliobhain suinvorde
suipeal suiter sujata sujjaboriboon suk sukhanov sukhanova sukhenai sukri sukru sukufe sukur
sukurlu sukurov sula sularz sulc sulcova sule suleiman sulema suleyla suleyman suleymanli
suleymanov sulg sulhi sulich sulik sullins sullivan sultane sultanli sultanov sulzer suman
sumarlidi sumarlina sumarros sumayya sumayyeva sumera sumerya sumeyye sumiko sumit sumler sumlin
summerfield summerlin summerville summey sumner sumpter sumrall sumter sunavcova sunavec sunay
sundaram sunday sundberg sundell sunderland sundin sundquist sundqvist sundstrom sune sunel
suner sungara suniga sunita sunjic sunna sunnefa sunneva sunni sunniva suomalainen suominen
supasit supasita supel supernak superson suphi suppan supraha suprunenko sur sura surac suran
suraprachit suraprasert surbek surber surdel surdyk sureda suresh sureyya suri surian surina
surka surkova surles surmiak surratt surya suryatmi suryono sus susa susam susan susana susanita
susann susanna susannah susanne susanti suse susen sushila susi susie susnik sussanne sussebier
sussie sussman sustar susy suszka suszko suter sutherland sutinen sutor sutphin sutt sutter
sutterfield suttle suttles sutton suur suus suvakit suvari suvi suvorov suvorova suwarno suwijuk
suzan suzana suzann suzanna suzanne suze suzer suzette suzi suzie suzuki suzy svab svabova svaby
svafa svafar svafnir svahn svala svali svalrun svan svana svanberg svanbergur svanbjorg
svanbjorn svanbjort svanborg svandis svaney svanfridur svangeir svanheidur svanhild svanhildur
svanholm svanhvit svani svanlaug svanlaugur svanmundur svanros svante svantesson svanthor
svanthrudur svanur svard svarfdal svatopluk svatoslav svava svavar svea svec svecova svedberg
svehla svehlova svein sveina sveinar sveinberg sveinbjartur sveinbjorg sveinbjorn sveinborg
sveindis sveiney sveinfridur sveingerdur sveinhildur sveinjon sveinlaug sveinlaugur sveinmar
sveinn sveinros sveinrun sveinsina sveinthor sveinungi sveinveig sven svend svendsen svenja
svenning svensson sverko sverre sverrir svestina svetla svetlana svetlicic svetlomir svetlomira
svetlyu svetoslav svetozar svezha svidna sviridenko svistun svitlana svoboda svobodka svobodova
svolnir svorfudur svrbik svrbikova svyatopolk svyatoslav svyatoslava svyatoslavivna
svyatoslavovich svyatoslavovna swacha swaczyna swafford swaim swala swaleh swaminathan swamy
swaney swanger swaniawski swanigan swann swanner swanson swantje swarey swart swarts swartwood
swartz swasey swatek swayze swazi swearengin swearingen sweatman sweatt sweeney sweeny sweitzer
swen swennen swensen swenson swetlana swett swiadek swiatek swiatkiewicz swic swick swider
swiech swierad swiergiel swierkosz swierkot swierszcz swies swieton swigart swiger swigert
swigon swilley swindell swinehart swiney swinford swingle swink swinnen swinney swinson swint
swinton swistek swit switaj switzer swofford swope swopes syahrini sybil sybilla sybille syble
sych sycz sydell sydnee sydney sydni sydnie sydnor sydor syed sygut sykala sykes sykora sykorova
sykut sylas syldatk sylgja sylivia sylke sylla sylva sylvain sylvaine sylvana sylvania sylvanus
sylvere sylvester sylvia sylviane sylvianne sylvie sylvio sylwia symonds symone symonowicz
symons synak synder synnott synnove synthia syombua sypek sypien sypula syreeta syrjala syroka
syrus sys syslo sysoev sysoeva szabla szabo szabolcs szachniewicz szafarz szaj szajda szajek
szajna szajner szalai szalaj szalas szalast szalata szalkiewicz szambelan szara szarejko szarpak
szaruga szarzec szatanik szatko szczap szczechowicz szczepan szczepaniak szczepaniec szczepaniuk
szczepanski szczerbiak szczerek szczesiak szczot szczubelek szczudlo szczypek szczypior szeja
szekely szekeres szela szelest szemraj szeszko szeto szewczyk szilagyi szilard szilveszter
szilvia szkaradek szkatula szklarek szkoda szkola szkopek szkup szlachcic szlaga szlapa szlapka
szlek szlufik szmagaj szmaj szmajda szmalec szmelter szmuc szmurlo sznura szok szoka szoke
szoltysik szostak szott szpala szpara szpila szpyra szpyrka szpyt szram szrama szramka sztaba
sztuba sztuczka szucs szulc szulczyk szulim szulist szumacher szumiec szumilo szumna szumny
szurek szuta szwaj szwaja szwalek szwiec szyba szybiak szyc szyca szyda szygula szyja szyjka
szykula szylar szyma szymajda szymala szymanczak szymanczyk szymanik szymaniuk szymanski
szymczak szymkow szymocha szymon szymonik szymula szyndler szynkiewicz szywala taahaa taahir
taaj taal taalib taamir taanish taariq tabacu tabak taban tabares tabarez tabassum tabatha tabb
tabea taber tabet tabetha tabis tabish tabisz tabita tabitha taboada tabor tabron tacchini
taccola taciak taciddin tackett tacnur taczala tadas tade tadeas tadeen tadej tadeja tadeo
tadesse tadeusiak tadeusz tadhg tadla tadlock tadych tafazal taferner tafolla tafoya taft tafuri
tagangul tage taggart tagizade tagliafierro tague taha tahaw tahawwur taheem tahir tahirzade
tahj tahmaseb tahmeed tahmid tahmina tahoor tahraoui tahri tahseen taht tahtinen tai taial taibi
taichi taichligh taidhg tailliuir taimur taina taine taing taipale taisha taisir taisiya taisto
tait taiwo taj taja tajammal tajammul tajuana tajudinn tajus tak takacs takahashi takako takala
takatifu takeshi takisha takkelenburg takuma takyi tal tala talaj talal talamantes talamantez
talan talarico talaska talat talavera talayer talbert talbi talbot talbott taleb talen talha
talhah tali talia taliaferro taliani talib talibe talibli talibov taliercio talisha talitha
taliyah talkington tallant tallent talley tallie tallman talmadge talmage talpas talpasova
talton talts talty talukder talwar tama tamala tamam tamang tamanna tamar tamara tamarit tamas
tamasa tamatha tamati tamaydin tamayo tamba tamberg tambika tamborini tambra tamburello tamburi
tamburini tameika tameka tamekia tamela tamera tamesha tamez tamhais tami tamia tamica tamie
tamika tamiko tamilla tamisha tamm tammara tamme tammera tammerijn tammi tammie tammik tamminen
tammy tampubolon tamra tamsma tamu tamura tamya tana tanak tanaka tanay tanbay tandogdu tandon
tandra tandri tandy tane taneja taneka taneli tanesha tangaroa tangela tangen tanghe tangney
tanguay tangul tanguy tanhan tania tanika tanimu tanir tanish tanisha taniya taniyah tanja
tankersley tanksley tanmayi tann tanna tannehill tannenbaum tanpinar tanses tansev tansey tansig
tanskanen tantri tanui tanveer tanvi tanvir tanya tanyolac tanyu tanzer tanzini tao taormina
tapak tapakova tapani tapdiqli tapdiqoglu tapia tapio tapley tapp tapper tapscott tara tarach
tarah taraji tarak taralingova taran taranci taranek tarango tarantini tarantino taranto taras
tarasek tarasenko tarasivna tarasov tarasova tarasovich tarasovna tarassov tarbox tarchetti
tardif tardiff tarek taren tarfaan tarfur tarhan tari tarihoran tarik tarin tariq tariyel tarja
tarlaigh tarleton tarmo tarpaigh tarpey tarpley tarr tarra tarrant tarsha tartaglia tartini
tartis taru tarus tarvainen tarver tarvin taryn tarzicius tasar tasarz tasca tasche tasdik tasha
tashia tashimira tashina tasia taskan tasker taskinen tasnim tassilo tasso tassone tassoni
tasvir taswir tata tatar tatarczuk tatarczyk tatarek tatarka tatarkova tatarova tate tatia
tatiana tatianna tatjana tatom tatozov tatro tatsuo tatu tatum tatyana tatyanna taub tauber
taucher taufan taufik taulbee tauno taunya taurean taurus tautvydas tavares tavarez tavaris
tavcar taveras tavian tavion tavon tawana tawanda tawanna tawia tawkeel tawna tawnya taya
tayaydin taygan tayla taylak tayler taylor tayna tayshaun tayyibe tayyip tazka tazky teachain
teagan teague teahan teangana teangnai teasley tebaldi teber tebo techer tecimer tecla teclaw
ted tedder teddie teddy teder tedeschi tedesco tedford tedi teea teearu teegarden teel teela
teemu teena teeple teerth teesalu teetat teets tefft tegan teguh tehan tehmasibli tehmine
tehrani teidheachain teija teimhneain teisha teitny teitur teixeira teja tejada tejas tejeda
tejedor tejera tejero tejs tekbay tekecan tekiela tekieli tekiner tekla teknaz teksoy telefonka
telemaco telesio telford telichenko telim telizhenko tella tellervo telles tellez tellier tellis
tello telly telma telman telmo telse temeka temidayo temika temime temir temira temirhan temirov
temistocle temitope temizkal temmerman tempie templeman templeton templin temucin tena tencalla
tenesha teneyck teng tenika tenis tenisha tennant tennessee tenney tennie tennille tennison
tennyson tenorio tenvir tenzin teo teobaldo teodor teodora teodorivna teodoro teodorovich
teodorowicz teodors teodosi teodosia teodosio teodosiy teodoslav teodostin teofan teofil teofila
teofilo teohari teokhar teona teper tepes tepper ter tera teran terance terane teras tercan tere
tereasa terell terence terentev terenteva terentevich terentiy terer teresa terese tereshchenko
tereshchuk teresia teresiah teresita teressa tereszkiewicz terez tereza terezia terezija terhi
terhune teri terica terina terisa terje terka terlan terlevic ternan tero terpstra terra
terragni terrance terranova terrazas terrell terrence terresa terri terrie terrill terrilyn
terron terttu teruel tervel tervo terwilliger terzic tesa tesar tesch tesfaye tesha tesija teske
teslenko teslya tess tessa tessie tessier testa testerman teter teterin teterina teterycz
tetreault tetteh tetyana teufl teuling teun teunissen teuta teuvo tevetoglu tevin tevs tew
tewksbury tex texanna texas texeira texie texier textor teybet teymur teymuraz teymurazovich
teymurcin tezcan tezol thabani thabekhulu thabethe thabisa thabisile thabiti thabizolo thach
thacker thad thaddaus thaddeus thai thaidhg thaker thakkar thakur thalente thaler thales
thalhammer thalia thaller thaman thames thamhais thamrin thanatcha thandazile thandeka thandiwe
thando thanel thangaraj thangbrandur thango thanh thant thantananont thao thapa tharp tharpe
thaxton thayer thea theadore theba theberge theda thedford thedore thein theis theisen theiss
thekla thela thelen thelma thembeka thembekile thembekwayo thembela thembile thembisile thengill
thenjwayo theo theobald theodis theodocia theodoor theodor theodora theodore theodoro theodoros
theodosia theola theophil theophile theraulaz theres theresa therese theresia theressa theriault
theriot therman theron theroux therrien thersa thetford theunis theuri theus theyr theys thi
thiago thiare thiarnain thibaud thibault thibaut thibeault thibo thibodaux thibodeau thibodeaux
thida thidrandi thidrik thiel thiele thielen thierry thies thiessen thighearnaigh thighearnain
thigpen thijmen thijn thijs thill thilmany thilo thinhinane thinnes thinur thiong'o thirion
thiry thjalfi thjodann thjodbjorg thjodbjorn thjodgeir thjodhildur thjodleifur thjodmar
thjodolfur thjodrekur thjodvardur thjostar thjostolfur thobeni thoirbhealaigh thoirdhealbhaigh
thoka thole tholl thom thoma thomais thomas thomasena thomasina thomasine thomason thomassen
thomasson thome thomka thommen thompkins thompson thoms thomsen thomson thonon thony thor thora
thoralf thoranna thorar thorarinn thorarna thorben thorberg thorbergur thorbjorg thorbjorn
thorbrandur thorcail thorda thordis thordur thore thorelfa thorelfur thoren thorens thoreson
thorey thorfinna thorfinnur thorfridur thorgardur thorgautur thorgeir thorgerdur thorgestur
thorgils thorgisl thorgnyr thorgrima thorgrimur thorgunna thorgunnur thorhaddur thorhalla
thorhalli thorhallur thorhanna thorheidur thorhildur thorir thorkatla thorkell thorlakur
thorlaug thorlaugur thorleif thorleifur thorleikur thorlindur thormar thormodur thormundur
thornberry thornburg thorne thornhill thornsberry thornton thorodda thoroddur thorolfur
thorormur thororn thorp thorpe thorri thorsen thorson thorsteina thorsteinn thorsteinunn
thorsten thorstina thorton thorunn thorvaldur thorvar thorvardur thorveig thorvor thorwald thos
thout thoya thoyana thra thrainn thrandur thrastar threadgill threatt threet threinfhear
threinfhir thresa throckmorton throop throstur throttur thruda thrudmar thrudur thrymur thu
thuathail thuathalain thufa thuku thula thulin thuliswayo thumbela thumbeza thuo thura thuranira
thurber thure thuri thuridur thurlow thurman thurmond thurner thursa thurston thury thusi
thusini thuthukile thuy thwala thygesen thyra thyri thyrnir thys tia tiago tiainen tian tiana
tianna tianvarich tiare tiarna tiarnaigh tiarnain tiarnan tiarra tiba tibbetts tibbits tibbitts
tibbs tibe tiberia tiberiu tibo tibor tibra tiburcio tice ticen ticha tichenor tichina tichomir
tichy tidd tidwell tiedeman tiefenbacher tiegan tielemans tiemann tien tiepolo tiera tiernan
tierney tierra tiesha tifany tiffaney tiffani tiffanie tiffany tiffiny tiggs tighe tighearna
tighearnaigh tighearnain tigin tigist tigner tigroni tihhomirov tiia tiihonen tiik tiina tiit
tiits tiiu tijana tijerina tijl tijmen tijn tijs tijuana tikha tikhiy tikho tikhol tikhomir
tikhon tikhonov tikhonova tikhonovich tikka tikkanen til tilda tilden tilen tilford tilghman
tiliana tilk tilla tillery tillett tilley tillie tillis tillman tillmann tillmanno tillotson
tilly tilman tilmann tilo tilton tim timberlake timbul timchenko timcho timchuk timea timek
timekova timeo timi timika timka timko timkova timlin timm timmer timmerman timmermans timmie
timmins timmons timmothy timms timmy timo timofeev timofeeva timofeevna timofejev timofey
timofiy timofiyivna timofiyovich timon timonen timoney timony timotei timotej timoteo timoteus
timotey timothee timothy tims timur timurovich timurovna timurtas tina tinal tinca tincher
tincho tincuta tindall tindar tindell tindle tindra tindri tindur tineke tineo tiner tiney
tingley tinguely tinie tinisha tinna tinne tinney tinni tinnie tinnin tino tinoco tinsley
tintzmann tiobraide tiomanai tiomanaidh tiomanaidhe tiomanaigh tippett tipps tipton tira
tirabassi tirado tirdad tirie tirkkonen tirop tirpak tirpakova tirsa tirta tirtayasa tirza tisa
tisaj tischler tisdale tish tisha tishie tishk tisho tistran titarenko titas titi titilayo titin
titipatrayunyong tito titov titova titus tivadar tiwaa tiwari tiziana tiziano tjaldur tjasa
tjorfi tjorvi tkach tkachenko tlalka tluczek tlustek toal toaneta tobar tobe tobey tobi tobias
tobiasz tobie tobin tobler toborek toby toccara tocco tocheva toczko tod todaro todd todda tode
todomirka todor todoraki todorin todorina todorov todorova todorovska todorovski
todsapornpitakul todsawun tofil tofiq toft togan togher togliatti tognazzi togrul tohall toi
toibin toic toirbhealaigh toivanen toivo toivonen toka tokaj tokar tokarek tokarz toker toki
tokimir tokov tokoz toktug tokunbo tola tolain tolak tolan toland tolar tolbert toldo toledo
tolek tolentino toler toles toliana tolin toliver tolj tolle tollefson tolley tolli tollie
tollison tolliver tolman toloczko tolonbay tolonen tolosa toloza tolson tolulope toluwanimi
tolvanen tolyu toma tomais tomal tomalak tomalik toman tomana tomanek tomanekova tomanik
tomanikova tomanova tomas tomasa tomasek tomasekova tomaselli tomasetti tomasik tomasikova
tomasini tomaska tomasko tomaskova tomasova tomasz tomaszczyk tomaszewski tomaszkiewicz tomaszuk
tomaz tomazic tomblin tomczak tomczyk tomecek tomecekova tomecka tomecko tomeckova tomei tomek
tomeka tomekova tomen tomescu tomhnair tomi tomic tomicic tomie tomika tomiko tomingas tominka
tomislav tomka tomko tomkova tomlin tomlinson tomljanovic tommaseo tommaso tommi tommie tommy
tommye tomo tomoko tomori tomoya tompkins tomris tomsic tomson tomurcuk tomys tomzik tona tonc
toncho tonda tonder tondera tondreau tonette toney tonguc toni tonia tonicha tonie tonimir
toninelli tonino tonisha tonislav tonisson tonisto tonita tonitsveta tonja tonje tonkin tonko
tonn tonni tonny tono tonra tonu tonui tonya toohey tookes toolan toole tooley toolin toolis
toom tooman toomas toombs toome toomer toomey tooming toomsalu toon toor toothaker toothman topa
topalko topchiyski topete topias topkov toplak topolko topolska topolsky topp topper topps topuz
tora torain toralf torben torbert torbjorg torbjorn torbus tord torel torey torfey torfheidur
torfhildur torfi torfs torgerson torgny torhan tori toriano toribio torie torill torkelson
torlonia tormaigh tormay tormey tormo tornatore tornqvist toro toroitich torok torp torpaigh
torpey torphy torquato torralba torrance torre torrecilla torrence torrens torres torrey torrez
torri torricelli torrie torrijos torry torsten torstensson tory torz tos toscani toscanini
toscano toselli tosh tosha toshev toshia toshiko toshio toshka tosi toska toso tosto tota toth
totic totino totko toto totso totten totwiller totyu touati toubeau touchet touil toumi toure
tournay tousignant toussaint tova tovar tove tovstolis tovstukha tovuz towanda towarek towe
towell towery towett towle towler towles towne towner townes townley townsel townsend townsley
towry toya tozzi tozzo tpchileshchov trabka tracee tracey traci tracie tracy trae traetta
trafton trahan traian trainor trajan trajche trajkovska trajkovski tramel trammell tran trang
transito trantham trantow traoin traore trapanese trapani trapp trask tratnik trattner traub
traude traudel traudl traugott trauner trausch trausti traute trautman travaglia travaglio
traver travers traversa travia travis travon trawick trawka traxler traylor traynor trayvon
trbovic tre treabhair treacy treadway treadwell treanor treasa treasai treasaigh trebbi treboux
treccani treece treena tregre trei treial treier treinfhear trejo tremaine tremayne tremblay
tremonti trena trendafila trenor trent trenten trentin trentini trenton treo treoigh trepanier
trepczyk trepka tresa tresoldi tressa tressie tressler tretyakov tretyakova treutel treva trever
treves trevin trevino trevion trevisan trevisani trevon trevor trew trexler trey treyton treyvon
trezzini trgovcic tri triall triana tribble triche tricia trierweiler trifon trifonka
trifonovich trigg triggs trigub triin trikasemmart trilby trillini trillo trimble trimm trimmel
trina trincavelli trine trinh trini trinidad trinkl triona tripathi triplat triplett tripp
tripti trish trisha trista tristan tristana tristen tristian tristin triston trivedi triveni
trivett trivette triya trlik trlikova trnski trobbiani troc troch troche trochim trochimiuk
troels trofim trofimov trofimova trofimovich troia troiano troisi trojanek trojanowicz troka
trokhim trokhimivna trokhimovich trollinger trombetta trombley trommler troncoso trond trong
tropea trosclair trosha trosper trost trostan trotman trott trotta trottier troup troutman
troutt trowbridge trower troxel troxell troxler troyer trpka tru truax trub truben trubenova
trubin truchan truchel trude trudeau trudel trudell trudi trudie trudy trueblood truelove
truesdale truesdell truett truex trufana truitt trujillo trula trull trumaine truman trumann
trumble trumbull trummer trung truong trupiano trupp trussardi trussell trutanic truu trybala
trybus tryc tryggva tryggvi tryggvina tryka trystan trzcionka trzepizur trzmiel trznadel trzop
trzos trzpil trzyna tsagairt tsai tsan tsaneta tsang tsao tsaoi tsaoir tsarenko tsarevna
tschentscher tschida tse tsegaye tseng tsetsa tsibulenko tsimbal tsimbalyuk tsion tsionnaigh
tsisik tsithigh tsitskov tski tso tsocho tsola tsonya tsonyu tsosie tsotso tsotsov tsou tsubasa
tsui tsuma tsung tsushko tsveta tsvetan tsvetana tsvetanka tsvetelina tsvetilena tsvetkov
tsvetkova tsvetkovska tsvetkovski tsvetlina tsvetoliliya tsvetyana tsyupa tsyutsyura tuachair
tuairisc tuairisg tuama tuamain tuan tuana tuaraisce tuaruisce tuataigh tuathaigh tuathail
tuathaill tuathalain tuathalin tuathlainn tubbs tubridy tucci tuda tudela tudic tudor tudora
tudorita tudosia tuere tufani tufka tugcan tugce tuggle tugiman tugrulhan tugtas tui tuija tuijl
tuile tuimlin tuisk tuithof tukane tukelalp tukezban tukhchiev tuksar tukufu tukur tula tulacz
tulay tule tulia tulin tulio tull tullio tullis tullos tully tulun tuma tumangelov tumas tumer
tumi tumkurt tumova tunahan tunar tuncboga tunchanok tunckilic tunde tung tungkasethakul tunguc
tunnell tunradee tunstall tunzale tuohey tuohy tuomas tuomi tuominen tuomo tuovinen tupa tupper
tupy tur turabi tural turalli turan turane turati turbeville turcan turcein turchetta turchi
turci turcinov turco turcok turcokova turcotte turczyk ture turek turesson turgeon turgut turid
turina turins turk turkalo turkalp turkan turkane turkmen turknur turlej turley turlough turman
turmes turnage turnbow turnbull turney turnipseed turon turongkinanon turov turova turpeinen
turpin turraoin turrini turudic turunen turvi turxan tusek tuskan tussey tuten tuthill tutino
tutka tutkucan tutkun tutt tuttle tutty tuturilov tuukka tuul tuula tuuli tuulia tuulik tuulikki
tuur tuva tuwei tuyet tuyug tuzeer tuzenur tuzimek tuzzolino tveit tverdislav tverdokhlib
tvorimir twan twana twanda twanna twardosz twardy twardzik twedt tweneboa twidle twigg twila
twilley twitchell twitty twohey twohig twombly twomey tworzydlo twumasi twyla twyman tyagnibok
tycho tyczka tye tyer tyesha tygo tyisha tyka tyla tylec tylek tyler tylka tylman tylor tylus
tyma tymczyszyn tymon tymoteusz tynan tyndall tyner tynes tyniec tynisha tyquan tyr tyra tyre
tyree tyreek tyreese tyrek tyreke tyrel tyrell tyrese tyrfingur tyrik tyrin tyriq tyrique tyron
tyrone tyrrell tyrus tyshawn tyson tytko tyus tywoniuk tzu uaid uaiteir uaithne ualghairg
uallachain ualtair ubaadah ubadah ubaid ubaidah ubaldi ubaldo ubay ubayd ubaydullah ubbi
uberlinda uberto ubeydullah ubika ubysz ucan ucbeyi ucchal ucgul uche uchenna uchida uchita uda
udant udarsh uddi uddin udeen udeera udeh udinese udinesi udo udoka udovenko udovichenko udyati
uecker ueli uffe ufnal ufniarz ufukay ugalde ugan ugarte uge uggi ughi ugla ugne ugo ugochi
ugolino ugrinic ugur ugurkan ugurlu ugurtan uhban uhl uibhrin uibo uidhir uidhlinn uiginn uilcin
uit uittenbosch ujamaa ujunwa ukic ula ulakbey ulanowicz uldis uldry ulduz ulewicz ulf ulfa
ulfar ulfat ulfdis ulfet ulfey ulfgeir ulfhedinn ulfheidur ulfhildur ulfik ulfkell ulfljotur
ulfrun ulftyr ulfur uli uliana uliasz ulibarri uliczka ulises ulke ulker ulkudes ulkum ulla ulle
ullery ullman ullmann ulloa ullrich ulmer ulrica ulrich ulrik ulrika ulrike ulrych ultaigh ultan
ulu uludag ulugbey uluman ulutay ulva ulvi ulviyye ulya ulyan ulyana ulysses uma umaarah umair
umana umande umanets umang umar umarov umay umaya umberger umberto umi umid ummahan ummahani
umman ummet ummuhan umoja umray umusan umut umutcan una unal und underhill underwood undina
undine unek ung ungaretti unger unggul uni uniacke uniaque unjani unknow unlen unna unnar unnati
unnbjorg unnbjorn unndis unndor unni unnsteinn unnthor unnur uno unrein unruh unruoch unsever
unt unterberger unterweger unubol uolevi uotila upadhriti upadhyay upasna upchurch updike upham
uphaus uphuis uphus upik upkaar upma uppal upshaw upson upton ura uraltay uram uramova urania
uranus urb urbain urbaniak urbano urbanova urbanski urbany urbina urblik urblikova urbonas urdar
urdur urena ureno uresti urfan urfettin urhan uria uriah uriarte urias uribe urich uriel urijah
urima urishilla urlic urmas urmi uroda uros urper urquhart urra urrab urrutia urs ursa ursel
ursina urska urso ursula urszula urte urvashi urvi uryga urynowicz urzua usada usamah usame
usarek uschi usha ushan ushindi usic usik usiku usman usmon usmonov usry uss ussery ustenko
ustim ustimivna ustimovich ustin ustinov ustinova ustinovich ustun usyi uta utama utami ute
utecht utkarsh utkucan utley utrata utterback utz uus uusitalo uustalu uvarov uvarova uwais uwe
uxi uyainah uyanser uygun uzar uzbay uzer uzeyir uzieblo uzima uzsoy vaananen vaati vabaza vaca
vacca vaccaro vacek vachon vaci vacibe vackova vaclav vada vaden vadim vadimivna vadimovich
vadimovna vadnais vaes vaessen vafir vagn vagna vagnbjorg vagnfridur vahar vaher vahi vahid
vahide vahittin vaht vahter vahtra vaida vaidas vaidya vail vaillancourt vaillant vainio vaino
vaisanen vaishnavi vajcik vajcikova vajda vajdova vajen vaka vakarchuk vakare vakhniy vaklina
vakrilov vakris vakulenko vakur val vala valach valachova valachovic valachovicova valadez
valagils valarie valary valasquez valberg valbergur valbjorg valbjork valbjorn valbjort valborg
valbrandur valbuena valcarcel vald valda valdebenito valdemar valderrama valdes valdez
valdheidur valdi valdimar valdis valdivia valdor valdovinos valeh valencia valenciano valene
valenko valent valenta valente valenti valentic valentijn valentim valentin valentina
valentinivna valentino valentinova valentinovich valentinovna valentinus valentova valenzuela
valer valera valere valerevich valeri valeria valerianovich valerie valerievna valerij valerija
valerio valeriu valeriy valeriya valeriyivna valeriyovich valero valery valeryan valeryanovich
valeska valette valey valez valfridur valgard valgardur valge valgeir valgerda valgerdur
valguarnera valhildur vali valicek valicekova valide valier valija valimaki valinda valjetic
valk valka valkama valkonen vall valladares valladur vallary valle vallee vallejo vallejos
vallelian vallenduuk vallery valles vallet vallie valliere vallin vallo vallone valls vally
valmar valmarana valmundur valny valon valorie valrie valros valrun valsteinn valter valthor
valthrudur valtonen valtteri valtyr valur valusek valusekova valuska valuskova valva valverde
valy valya vamakshi vampirska vanaga vanags vanallen vanarsdale vanatta vanbrabant vanburen
vanbuskirk vancamp vance vanchenko vancleave vanda vandaele vandamme vandecasteele
vandekerckhove vandemark vandenberg vandenbergh vandenberghe vandenbroucke vandenbussche
vandendriessche vandeputte vander vanderbilt vanderford vandergriff vanderheyden vanderhoff
vanderhoof vanderlinden vandermark vanderpool vanderstraeten vandervort vandeusen vandevelde
vandeventer vandewalle vandiver vandoren vandusen vandyke vanegas vanek vanekova vanesa vanessa
vanetta vanetten vanfleet vang vangeliya vangisa vangorder vangundy vanhee vanhook vanhoose
vanhorn vanhouten vanhoutte vanhove vania vanita vanja vankirk vankova vanlandingham vanmeter
vann vanna vannatta vannesa vanness vannessa vannest vanneste vannie vannorman vannote vannoy
vanover vanpelt vansant vanscoy vansha vansickle vanslyke vansteenkiste vantassel vanukhi
vanvalkenburg vanvitelli vanwinkle vanwormer vanya vanzandt vanzant vapni vaqif vaquero vara
varadi varano varas varela varenya vares varfolomey varfolomiy varfolomiyivna varfolomiyovich
varga vargas varghese vargin vargo varik varis varkey varlaam varley varlik varma varmar varmdal
varnado varnell varner varney varnum varsha varta vartiainen varty varughese varvara vasa vasana
vasare vasari vasatika vasco vasconcelos vasek vasekova vasenka vashchenko vashchuk vashilya
vashon vashti vasif vasil vasilashko vasile vasilechko vasilenko vasilev vasileva vasilevich
vasilevna vasilica vasiliev vasiliki vasilina vasilisa vasilivna vasiliy vasilka vasilovich
vaska vasko vaskova vasova vasques vasquez vass vassallo vassar vasser vasseur vassie vassilios
vastenhouw vastraedsd vasudha vasyl vatamanyuk vath vatnar vatnsfjord vatslav vattar vattimo
vattnes vaughan vaughn vaught vavra vavrinec vavrinecova vavrova vayrynen vaysal vaz vazeh
vazquez vdovenko vdovichenko veach veale veas veasey veatch veazey vebjorg vebjorn vecchio
vecellio vechko vecide vecoli veda vedant vedat vedder vedhika vedika vedis vedran veen
veenendaal veenstra veera veerle veeti vefa vefadar vefali vefia vega vegard vegeir vegerdur
vegt veic veig veiga veigar veigur veijo veikko veilleux veis veit veitch veith veiver vejar
vejune vekell vela velandia velarde velasco velasquez velaug velaugur velazco velazquez velda
veldak veldakova velde velden velderman velez veli velia veliana velichko velimir velinna
velioglu velitdin velixanov veliyanka veliyeva veliz velizade veljanov veljanova velkov velkova
vella vello velma veloso veloz velta velthoven veltman veltri veltroni velva velzen vemundur ven
vena venable venalainen venancio venceslas venchislava venda vendela vendelin vendetti venditti
vendrell vendula venedikt venediktivna venediktovich venegas venera veneranda venessa venetsiya
venetta venezia veneziano vengrinovich veniamin veniaminovna venice venie venier venislava
venita veniyamin veniyaminivna veniyaminovich venkataraman venkatesan venkatesh venla vennie
venrooy vento ventura venturi venus veny veola ver vera verbeeck verbeek verbeke verbiest
verbist verboom verboven verbruggen verbrugghe vercammen vercauteren vercelloni vercoe
vercruysse verda verde verdejo verdell verdi verdie verdier verdin verdonck verdone verdu
verdugo verdun verduzco vere vereecke vereecken vereen verelst verena veres verfaillie verga
vergara vergassola vergauwen vergeer vergerio vergie vergil vergun verhaar verhaegen verhaeghe
verhagen verharen verheij verhelst verheuvel verheyden verheyen verhoeven verhulst verim
verislava verkade verkhola verkhovinets verl verla verle verlene verlie verlin verlinden verline
verlon verlyn verma vermandois vermeersch vermeil vermeir vermeire vermeiren vermenich vermeulen
vermeylen vermundur vern verna verne vernell vernelle verner verneri vernetta vernhard
vernhardur vernia vernice vernidub vernie vernigora vernita vernon vero verona veronica
veronicah veronika veronique verret verrett verri verrill versa versace verschuere verschueren
verschut versie versluijs verstappen verstraete verstraeten vertie vertiporokh vertoor vertooren
vervaeke vervaet verville vervoort verwimp verwoert vesa vesel vesela veselin veselinka veselov
veselova vesely vesislav veski vesna veso vespa vespasiyan vespucci vess vessie vesta vestal
vestar vesteinn vester vestergaard vesterinen vesterlund vestin vestmar veta veternik
veternikova vethayasas vetko vetrarros vetsa vetter veturlidi veum veva veysel veyselli vezat
vezhda vezi vezina veziroglu vezirov vezrife vezzali viaene viana vianello vibeka vibekka viberg
vic vicen vicena vicencio vicenova vicens vicenta vicente vicentia vicentiu vicho vicie vick
vickers vickery vickey vicki vickie vicky victoire victoria victoriano victorina victorine
victorino vicy vid vida vidadi vidakovic vidal vidalin vidar vidas vide videla videlin viden
vides vidfjord vidhi vidic vidima vidin vidir vidja vidmar vidoe vidoni vidoslav vidov vidovic
vidrine vidyu vieira vienne viens viera vierdag vieroslava vierra viers viesturs viet vif vifill
vig vigalot vigdis vigdogg vigfus viggo viggunnur vigilija vigliotti viglundur vigmar vigmundur
vigneron vignir vignon vigny vigo vigorelli vigri vigsteinn vigthor vigtyr vigue vigur vihaan
viik viira viitala viitanen viivi vija vijay vik vikar vikentevich vikenti vikentiy vikhr
vikhren vikhroni viki viking vikingur vikki viklund vikram viks viksna vikstrom viktor viktoria
viktorie viktorija viktorin viktorivna viktoriya viktorovich viktorovna viktors vila vilain
vilakazi vilalta vilanova vilaplana vilar vilayet vilayetoglu vilberg vilbergur vilbert vilbjorn
vilbogi vilborg vilbrandur vilches vilcina vilcins vildane vilde vildis vilem vilenovich
vilfridur vilgeir vilgerdur vilgot vilhelm vilhelmiina vilhelmina vilhelmsson vilhjalmur vilho
vili viliam vilian vilis vilislav vilius viliya viliyan vilizar vilizara viljami viljanen viljar
viljem viljevac vilji viljo vilkhema vilks vill villablanca villadicani villads villagomez
villagra villagran villalba villalobos villalonga villalpando villamil villamizar villani
villanueva villanveva villar villareal villarosa villarreal villarroel villasenor villatoro
villaverde ville villegas villemson villena villeneuve villi villimey vilma vilmar vilmer vilmos
vilmundur vilnis vilny vilorovich vilte vilums viman vina vinas vinaya vinbjorg vince vincenc
vincent vincentio vincentiu vincenza vincenzo vincetic vinchentso vinci vinciane vinck vincze
vineta vinetu viney vinicio vinicius vinie vining vinita vinjar vink vinko vinnie vinny vino
vinogradov vinogradova vinsen vinsnt vinson vinsy vinton vinyard vinyuvanichkul vinzenz violeta
violetta violette viorel viorela viorica vira virag viraj viramontes virdie virge virgel virgen
virgia virgie virgil virgilio virgill virgina virginia virginie virgle viridiana virk virman
virpi virta virtanen virzhiniya visar visarion visconti visha vishetin vishivana vishivaniy
vishka vishnyak vishnyakov vishnyakova vishnyu visintini visitacion vismara visnapuu visnovska
visnovsky visochan vissarion visser vissers visvaldis viswanathan vit vita vitale vitalevich
vitali vitalija vitalis vitaliy vitaliyivna vitaliyovich vitasovic vitazoslav vitek viter
vitezslav vitko vitkova vitlyan vito vitola vitolina vitolins vitols vitomir vitomira vitor
vitoria vitosh vitruk vittadello vittoria vittorio vitturi vitus vivaan vivaldi vivan vivanco
vivcharenko viveiros vivek viveka viveros vives vivi vivian viviana viviane viviani vivianne
viviano vivien vivienne vizcaino vizcarra vizintin vjekoslav vjollca vlaanderen vlach vlachova
vlachovic vlachovicova vlad vladelina vladilen vladilena vladilenovich vladimer vladimir
vladimira vladimirov vladimirova vladimirovna vladislav vladislavic vladislavivna vladislavovich
vladislavovna vladislavs vladlen vladlena vladlenovich vlado vlaeminck vlaicu vlas vlasenko
vlasic vlasov vlasova vlasovich vlassov vlasta vlastimil vlasyuk vlatko vlcek vlckova vleugels
vliet vlk vlkova vlna vlnka vlnkova vlnova vlo vlokh vlora vobla vobliy voditsa vodopivec
voelker voet vogan vogel voggur vogl vogler vogt vohra voichita voicu voight voigt voinea voisin
vojkovic vojtech vojtek vojtekova vojtka vojtko vojtkova volarevic volaric volcke voldemars volk
volkan volker volkert volkhard volkman volkmar volkov volkova vollbrecht vollie vollmer volney
volodimir volodimira volodimirivna volodimirovich volpe volta volterra volundur volz von voncile
vonda vonetta voney vong vonlanthen vonnie vonrueden voorde voorhees voorhout voorst voortman
vopnfjord vopni vora vordis vordur vorkapic vorm vorobev vorobeva vorobjov voronin voronov
voronova vorontsov vorontsova voros vos vosburgh voss vosu votaw vottur voutilainen vovk vowell
voyles voynka vozar vozarova vozila vrabcova vrabec vrabelj vrablec vrablecova vrancken vranckx
vranic vranken vratislav vratko vrazhalska vrazhalski vrban vrbunka vreeland vreneli vretenar
vrhovec vries vrinda vrishti vritti vroege vroman vrome vrtuninski vsemil vseslav vsevolod
vsevolodovich vsiliauskas vtsa vucetic vucin vuckovic vue vugdelija vugec vuille vuk vukman
vukobratovic vukovic vukusic vula vuljak vumisa vundla vunisa vuokko vuong vuorela vuori
vuorinen vuqar vurgun vusal vusale vusumuzi vuyst vyacheslav vyacheslavovich vyacheslavovna
vyanjana vyas vydarena vydareny vysheslav vytautas vyte vzkreseniya vzvzov waahid waail waajid
waarbeek waardeloo waas wabik wable wabomba wabwile wabwire wac wacana waceera wachira wachtel
wachter waclaw waclawczyk waclawiak waddell waddington waddy wadee waderle wadhwa wadley wadood
wadsworth waelchi waele wafa wafae wafeeq wafi wafiq wafula wagener wagenknecht wagenvoort
waggoner waghorn wagle wagner wagnon wagstaff waguespack wahab wahb wahban waheed wahhaab
wahhaaj wahl wahlberg wahlgren wahlstrom wahner wahome wahyu wahyudin wahyuni wai waid waida
waimarie wainaina waino wainscott wainwright wairimu waite waites waithaka waithera waithira
wajdzik wajer wakeeta wakefield wakeland wakeman wakhungu wakiman wakio wako wakula wal walasik
walaszek walburga walburn walch walcher walcott walczak wald waldemar walden walder walderade
waldman waldner waldoch waldon waldrep waldron waldrop waldrup waldtraut waleczek walek
walenciak walencik walentina walentynowicz walesa walfried wali walia walid walko walkowiak
walkup walkusz walla wallace wallach wallaert walle wallen waller walley wallgren walli wallick
wallin wallis wallner wally walmsley walo waloch walocha waloszczyk waloszek walraven walser
walsh walshe walsteijn walston walt walter walters walthall walther waltl waltman walton
waltrade waltraud waltraut waltrud waluk walus walusiak waluyo walz wamaitha wamalwa wamboi
wambua wambugu wambui wambura wampach wampler wamsley wamuyu wamwema wanamaker wanda wandas
wandera wandl wandzel waneta wanetta wang wanga wangai wangare wangari wangechi wangeci wanger
wangila wangui wani waniek wanijiku wanita wanja wanjala wanjau wanje wanjiku wanjira wanjiru
wanjohi wanjugu wann wannapaitoonsri wannes wansley wantz wanyama wanyoike wanyonyi wanza
wanzala waraksa warburton warchal warczak warda wardaya wardell wardi wardlaw wardle wardlow
wardzala wardziak wareham warf warfield warford wargo warhi waridi warinder waring wario warjas
warji wark warman warmuz warne warner warnick warnier warnke warnock warr warre warrick warriner
warrington warsa warsame warsita warta waruguru warui warwas warwick warych warzybok wasala
wasaznik wasek waseme wasendlunkulu washam washburn washington wasiewicz wasike wasil wasilewicz
wasilewski wasin wasis wasita wasiuk waskita wason wasonga wass wassaya wassenaar wasserman
wassim wasson wastuti wasunun waswa wasyluk waszczyk watanabe waterbury waterhouse waterman
watford wathelet wathen watika watkins watlington watras watsica watson watters watterson
wattiez waugh wauters wauthier wava waverly wavinya wawak wawan waweru wawira wawire wawryniuk
wawrzenczyk wawrzkiewicz wawrzonek wawrzyczek wawrzyk wawrzyn wawrzynczyk wawrzynek wawrzyniak
wawrzynkiewicz wawrzynowicz wawszczak wawszczyk wayde wayland waylon wayman waymire waymon wayne
wayua wazir wazna wazny wdowczyk weakley weatherby weatherford weatherholt weatherly weathersby
weatherspoon weatherwax webb webber webby weber webre webster wechselberger wechsler wechuli
weddington weddle weddy wedgeworth weeden weekley weeldenburg weems weena weerdenburg weerdt
weese weever wegener wegier wegmann wegner wegrzyk wegrzynek wegrzyniak wegrzynowicz wegscheider
wehmeyer wehner wehrli wei weibel weidinger weidman weidner weigand weigel weigl weihmann
weijland weijters weikel weil weiland weiler weimann weimer wein weinberg weinberger weiner
weingarten weinhage weinhold weinstein weinstock weintraub weis weisberg weise weiser weisgerber
weisman weisner weiss weissenbock weisser weissman weissnat weitzel wejman wekesa wel wela
welborn welc weldon weldy welenc welf welk welker wellens weller wellman welsch welton welty
wenceslao wenche wencke wenda wende wendel wendelin wendell wendi wendie wendland wendling
wendolin wendolyn wendt wendy weng wenger weninger wenke wennberg wenner wenona wensen wentworth
wentz wentzel wenzel wenzl wera werd werdes wereda weremczuk werl wernecke werner wert werth
werts wertz weru wery wes wesack wescott wesley wesner wesola wesolowski wesoly wesonga wess
wessel wessels wessex wesson westberg westberry westbrook westbrooks westcott wester westerbeek
westerberg westerburg westerfield westerlund westerman westermann westervelt westfal westfalen
westfall westfield westgate westin westlake westley westlund westman westmoreland weston
westover westphal westrick weterink wetherell wetherington wethington wetmore wettstein wetzel
wever wexler weyant weydert weyer weyland weylant weymouth weyrich weza wezyk whalen whaley
wharton whatley wheatley wheaton wheelock whelan whelehan wherry whetzel whicker whidden whiddon
whigham whipkey whipple whisenant whisenhunt whisler whisnant whitacre whitaker whitcomb
whiteaker whited whitefield whitehead whitehill whitehouse whitehurst whiteley whiteman
whitesell whiteside whitesides whitfield whitford whitis whitlatch whitley whitlock whitlow
whitman whitmer whitmire whitmore whitney whitsett whitson whitt whittaker whitted whittemore
whitten whittier whittington whitton whitty whitworth whobrey whorton whyte wiaderek wiafe wiak
wiatrak wiberg wibisono wibke wible wibowo wicha wichary wichlacz wicht wiciak wickerode
wickersham wickham wickline wicklund wickman wickramasinghe wickstrom wideman widener widhalm
widiastuti widisha widlak widline widman widmann widmer widner widodo widuch widya wiebe wiebke
wiech wiechmann wieckiewicz wieclawek wieczerzak wieczorek wiedner wiegand wieja wiek wiekiera
wiel wieladek wieland wielgat wielgo wielgos wieloch wiencek wiens wier wiercigroch wiersma
wiertel wiertelak wierzbicki wierzchon wies wiesbauer wiese wieser wiesinger wiesiolek wieslaw
wiesner wiest wietecha wiewiorka wigbert wigfall wiggin wiggins wigginton wiggs wightman wigley
wigman wijata wijaya wijayanti wijk wijland wika wike wikitoria wiklo wiklund wikstrom wiktor
wilbanks wilber wilbert wilborn wilbourn wilbur wilburn wilcher wilcken wilcox wilcoxon
wilczynski wilda wilde wilderman wildes wildman wildschut wiley wilfinger wilfong wilford
wilfred wilfredo wilfrid wilfrido wilfried wilfriede wilhelm wilhelmina wilhelmine wilhelmsson
wilhelmus wilhemina wilhite wilhoit wilhoite wiliam wiliams wilk wilke wilken wilkens wilkerson
wilkes wilkey wilkie wilkin wilkins wilkinson wilkos wilks willa willaert willaim willaims
willam willame willams willard willbanks willcox wille willekens willem willems willemsen
willena willene willett willetta willette willey willfried willhite willi willia william
williams williamson willian williard willibald willibert willie williemae williford willigen
willingham willis willison willits willman willmon willms willodean willoughby willson willum
willy wilma wilman wilmar wilmart wilmer wilmes wilmet wilmont wilmore wilmot wilmoth wilmotte
wilms wilmsen wilner wilsey wilson wilton wiltrud wiltse wiltshire wiltzius wilusz wim wimberly
wimbish wimbley wimbush wimer wimmer wimolnot winandy winans winarno winarsih winberg winburn
winbush wincenciak winchell winchester winda windak windell winder winders windhager windham
windisch windle windler windley windom windsor winebrenner winegar winek winer winfield winford
winfred winfree winfrey winfried wingard wingate wingert winget wingfield wingo winifred
wininger winkel winkelman winkfield winkle winkler winland winn winni winnie winnifred winnik
winningham winnrich winny winona winship winslow winsor winstead winston wint wintheiser winther
winthrop winton wipstrik wira wiraszka wirda wireman wiremu wirt wirth wirtz wirz wiseman wishi
wisla wisner wisniewski wisnu wisoky wisozk wisz wiszowata wiszowaty wita witan witas witaszek
witcher witham witherspoon withrow witka witko witkowicz witkowski witmer witold witon witos
witt wittbrodt witte witten wittenboer witter wittman wittmann witzel wix wixom wiza wizner
wladimir wladyka wlazlak wlazly wlizlo wlodarczyk wlodarz wlodyka wnuczek wochna wochnik wocial
woda wodka wofford wogerbauer wohlgemut wohlmuth wohlwend wohrer wojaczek wojak wojciech
wojciechowski wojcik wojcikiewicz wojczuk wojewodka wojewodzic wojniak wojnicz wojs wojsa
wojslaw wojt wojtach wojtak wojtalewicz wojtalik wojtanowicz wojtarowicz wojtasiewicz wojtaszak
wojtaszczyk wojtczuk wojtera wojtiuk wojton wojtowicz wojtunik wojtyna wojtys wolan wolanczyk
wolcott wolczyk wold wolde woldemar wolfe wolfenbarger wolff wolffel wolfgang wolfgram wolfhard
wolfinger wolford wolfsdr wolfson wolfswinkel wolk wolken wolkowicz woloch wolodzko wolos
woloszczuk woloszyk wolski wolter wolters wolverton wolzak womack wonda wong wons woodall
woodard woodberry woodburn woodbury woodby woodell woodfin woodford woodham woodhouse woodie
woodley woodring woodroe woodrow woodruff woodrum woodside woodson woodward woodworth woodyard
woolard wooldridge woolery wooley woolf woolfolk woolford woolley woolridge woolsey woolum
wooning woosley wooster wooten wooton worach worcester worden worley woroch woronko worrall
worrell worsham worsley wortham worthen worthey worthington wortman wosiak wosiek wosko woszczak
woszczyna wota wotring woudenberg woulfe wout wouter wouters woutersz wowra wozniak wozniczko
wratt wray wrenn wriddhish wridesh wrigley wrobel wroblewski wrochna wrona wroten wrynn
wrzesniak wszola wuckert wudarczyk wujec wujek wulan wulandari wulf wulff wunder wunderink
wunderlich wunsch wur wuraola wurm wurster wurth wurzer wurzinger wuthrich wutke wuyts wyant
wyatt wyble wyche wyciszkiewicz wyckoff wycliff wycliffe wycoff wyderka wydmuch wydrych wygoda
wykret wylegala wylie wyllie wylupek wyman wymer wymore wynants wynell wynkoop wynn wynne wynona
wypchlo wypior wyrick wyroba wyrobek wyroslak wyrostek wyrwal wyrwich wyskiel wysocki wysong
wysota wyss wywial wziatek xaba xakimov xala xalak xaleddin xalid xalide xaliq xalise xamis
xanana xander xanim xankisi xanlar xatire xaver xavi xavier xelil xelilov xena xenia xeyal
xeyale xeyyam xhakaza xia xiang xiao xie ximba ximena xin xiomara xiong xiti xiu xiulan xiuying
xobeen xochitl xolid xolidov xolo xosrov xuan xudaverdi xudayar xudu xue xulu xumar xzavier yaa
yaakov yaamoa yaaseen yablen yablenka yachana yacho yacine yada yadav yadavi yadid yadiel
yadigar yadira yaeger yaeko yael yafi yafir yager yaghnam yagin yagizkurt yagnesh yago yagoda
yagodin yahaira yahaya yahi yahia yahiaoui yahir yahsi yahsikan yahvi yahya yahyaa yahyo yahyoev
yair yaiza yajaira yakim yakimchuk yakimenko yakiv yako yakob yakobo yakoslav yakov yakovenko
yakovlev yakovleva yakovlevich yakovlevna yakovovich yakub yakubovich yakubu yakushev yakusheva
yalazabay yalcin yale yalgin yalin yalislava yaltirak yamada yamaguchi yamamoto yaman yamar
yamasaki yamashita yamazaki yameen yamen yamid yamile yamilet yamilex yamin yamini yan yana
yanachko yanadin yanaki yanakin yanara yanazov yance yancey yanche yancho yancy yandel yandell
yane yanedin yaneg yanek yanes yanet yaneth yanez yang yani yanichko yanick yaniel yanik yanimir
yanina yanira yanis yanisa yanislav yanislaviya yanka yanki yanko yankul yann yannic yannick
yannik yannis yano yanomil yanovska yanovskiy yantar yantsislav yanuariy yanush yao yaqeen
yaqoot yaqub yaqubov yar yara yarber yarborough yarbrough yarcho yardley yareli yarema yaremchuk
yaremenko yaremivna yaremkiv yaremko yaremovich yaretzi yargi yarina yaritza yarka yarkova yarm
yarnell yarno yaromir yaropolk yarosh yaroslav yaroslava yaroslavivna yaroslavovich yartse yaryu
yasaar yasan yasar yasattin yaseen yasef yasemen yasemin yasen yasena yaser yash yashar yashasvi
yashawini yashchenko yashchuk yashem yashica yashka yasho yashoda yashodhara yashon yashvi yasin
yasina yasinaeva yasinov yasinta yasir yasmeen yasmin yasmina yasmine yasminova yasna yasser
yassin yassine yasti yastreb yasuhiro yasuko yatan yatana yates yathrib yatich yatin yator
yatsenko yatsenyuk yatso yauvani yaver yavor yavora yavuz yawar yawer yawson yayak yazan yazeed
yazganalp yazgul yazmin yazo yazzie ybarra yda yeager yearwood yeary yeates yeboa yeboah yecid
yee yeferson yefimenko yefrem yefremivna yefremovich yegane yego yegon yeh yehuda yehya yei
yeimy yeison yejide yekbun yekda yelena yelesen yelisaveta yelisey yeliseyivna yeliseyovich
yelton yelverton yemelyanenko yemets yeneral yengwa yengwayo yeni yenifer yenny yeno yeny
yeomans yeon yepelek yepes yepez yer yeraz yerby yerchenko yeremenko yeremiya yeresko yerger
yergha yerkes yerko yermolenko yeromenko yeroshenko yerson yertan yesenia yeshchenko yesica
yesid yesil yesipenko yesoob yessenia yessi yessica yetisal yetta yetter yetunde yeung yeva
yevdokimenko yevette yevgen yevgenivna yevgeniyovich yevtushenko yevtushok yewande yeyeye yfke
yigit yildir yildirim yildiz yilma yilmaz yim yin yina yineth ying yingling yinthe yirenkyi
yizhak yizhakevich yja ylenia ylfa ylfur ylinen ylitalo ylja ylonen ylur ylva ylvi ylvie yma
ymir yngling yngvar yngve yngvi ynja yoakum yoan yoana yoann yoanna yocelyn yochana yockey yocom
yocum yoder yoel yohan yohana yohane yohannan yohannes yohe yoho yoichi yoil yokhanna yoko
yokoyama yolal yolanda yolande yolando yolima yolina yoliyan yolko yolonda yona yonas yonatan
yonathan yonetmen yong yonika yonker yono yoo yoom yoon yordan yordanka yordanov york yoruc
yorulmaz yosef yoselin yoshida yoshie yoshiko yoshio yoshioka yoshita yosip yosipivna yosipovich
yosma yost yosuke yotkova youba youcef youlanda youmans younce younes youngblood youngman
youngquist youngs younker yount younts youprasert youri yousafzai yousef yousfi yousra youssef
yovan yovanka yovcho yovitsa yovko yovo yovro yovtso yow yozhi yrar yrja yrjo yrkill yrr yrsa
ysaline yuan yucel yucelen yudas yudin yudina yudy yueh yuen yuette yug yugi yui yukhim
yukhimenko yukhimivna yukhimovich yuki yukiko yuko yuksel yulanda yulevich yulevna yuli yulia
yulian yuliana yulianovich yulianti yuliarti yuliena yulieth yulisa yulissa yuliy yuliya yuliyan
yuly yumiko yumun yun yundt yung yuni yuniar yunis yunita yunker yunona yunt yunus yunusov
yuonne yurani yurany yurchenko yurchishin yurchishina yurchuk yurdan yurdanur yurdaser yureed
yurem yurevna yurganchev yuri yuridia yuriko yurita yuriy yurtguven yurtseven yurttas yury
yushchenko yusif yusifoglu yusifqizi yusifzade yussuf yuste yustianna yustim yustimivna
yustimovich yustin yustina yustinian yusuf yusupov yuta yutika yuvenaliy yuvraj yvan yves yvette
yvon yvone yvonne zaafir zaahid zaahir zaakir zaal zabala zabaleta zabara zabarella zabarna
zabarniy zabashta zabel zabierek zabila zabir zabjacan zabka zablon zaborek zaborska zaborsky
zac zacarias zaccagnini zaccardo zacchia zacco zach zachar zachara zacharczuk zacharek
zacharewicz zacharia zachariah zacharias zachariasova zacharie zacharova zachary zachery
zachwieja zack zackariya zackary zackery zackiewicz zaczyk zada zadie zadka zadora zadworny
zaeem zaeka zaenab zaev zaeva zafa zafar zafeer zafer zafir zafirovska zafirovski zafrul zagar
zager zagozda zagozdzon zagrajek zagrodnik zagula zaguri zahaar zaharia zaheer zahfer zahharov
zahi zahid zahir zahn zahnya zahra zahrani zahri zahro zahroyeva zahrun zahur zaib zaid zaida
zaiden zaidi zain zainab zainabu zaira zaire zaitra zaitsev zaituni zajac zajacova zajc zajko
zak zakaria zakarias zakariyo zakariyoev zakary zakayo zake zakhar zakharchenko zakharenko
zakharevich zakhari zakharin zakharinka zakharivna zakharov zakharova zakharovich zakharovna
zakhele zakho zakiewicz zakinja zakir zakis zakiyaxon zakiyaxonova zakova zakrajsek zakrzewski
zakusilo zal zalan zaleski zalewski zaliha zalindra zalite zalitis zalokar zaman zamarripa
zambrano zamengo zamfir zamfira zamin zamiq zamir zamira zamora zamorani zamorano zampa zamudio
zan zana zanazzo zander zanders zandra zane zaneta zangerl zango zanichelli zaniewicz zanis
zaniyah zanka zanker zanko zanoski zanov zansi zanzi zaoui zapadka zapasnik zapata zapien zapior
zapora zaporozhets zapryan zara zaragoza zaranek zarar zaras zarate zaraza zarengiz zaria zariah
zarina zarinova zarins zarko zarlino zarna zaruba zarudna zarudniy zarzeczna zasenko zasepa
zashil zastawny zasukha zasyadko zaton zatovkanyuk zatula zaucha zauner zauqi zaur zavala
zavarin zaven zavier zavion zaw zawadi zawadzki zawal zawalich zawartka zaweel zawiasa zawodnik
zayan zayas zaychenko zayd zayden zayets zayidov zayika zaynab zaynabova zayne zaytsev zaytseva
zayyan zayyir zbiciak zbigniew zbik zbinden zboncak zbrog zbroja zbroszczyk zbrozek zbrzezniak
zbylut zbynek zdancewicz zdenek zdenka zdenko zdislava zdobylak zdonek zdravcho zdravelin
zdravelina zdravets zdravko zdukhostina zdziech zeb zeba zebec zebik zebirce zebulon zecchini
zechariah zechmeister zechner zedillo zeemans zeferino zeffirelli zegadlo zegar zehaan zehetner
zehnder zehnia zehr zehra zehranur zeigler zeiler zeilinger zeimes zeimet zeinab zeiner zeitz
zejna zekayi zeke zekeriyye zeki zela zelasko zelaya zelazek zelazo zelda zeldenrust zeleznik
zeleznikova zelha zelia zelic zelie zeljka zeljko zell zella zeller zellers zellmer zellner
zelma zelmira zelpha zeltina zeltins zeman zemanek zemanova zemfira zemine zemlak zemljic zemyna
zemzem zena zenaida zenas zende zendejas zeng zengin zenginov zenia zenner zennun zeno zenobia
zenon zenovia zenta zenteno zenz zenzele zenzile zepeda zera zerafet zerbe zerdad zerdust zeride
zerif zerife zeringue zerjav zermeno zernigar zeroual zerrouki zetta zetterberg zetticci zettie
zettl zevenboom zevlude zewad zeynal zeyneb zeynegul zeynelabidin zeynep zeyno zeynulla zezelic
zgola zgorelec zgura zhadan zhaklin zhalilo zhane zhang zhanin zhanna zhanovich zhao zhara
zharko zhayvoron zhdanov zhdanova zhdanovna zhdrakov zhelyazka zheng zhenimira zheyna zhichka
zhiva zhivomira zhong zhoresovich zhorka zhou zhu zhuchenko zhuk zhukov zhukova zhuliana
zhuravel zhuravlev zhuravleva zhurba ziad ziajka ziane ziani ziarek ziarnik ziarno ziba zibert
zibeyde zibuyile zic zichichi zidane zieba zieciak ziecik ziedonis ziegert ziegler zieja
zielinski zielke ziemak ziemann ziemba zieme ziemele ziemelis ziemkiewicz zieniewicz zietal ziga
ziggy zigler zigmund zigmundova zigo zigova zigrida zihni zijl zijlemans zijlmans zika
zikhungwini zikmund zikovic zilfa zillah zilmil zilpah zilpha zima zimin zimina zimka zimkova
zimmer zimmerman zimmermann zimniak zimolag zimon zimova zimran zina zinaida zinal zinchenko
zinchuk zineb zinet zingg zinhle ziniewicz zink zinkevich zinkiewicz zinko zinn zinnura zinnure
zinnurova zinovev zinoveva zinovevich zinovi zinoviy zinoviyovich ziola ziolko ziolkowski zion
zipporah zirkle zirme zirne zirnis ziro zita zito zitouni ziva zivic zivile zivkovic ziya
ziyaettin zizek zizi zlatan zlateya zlati zlatica zlatil zlatimir zlatiyan zlatka zlatko zlatkov
zlato zlatogor zlatomir zlatomira zlatoslav zlatoslava zlatotsvet zlatozar zlotek zlotnik zmaic
zmarzly zmija zmuda zmyslony znidarsic znojek zoa zobel zochling zoe zoeller zoey zofia zofie
zofija zohre zohrehan zohrer zoichka zoie zoila zoja zok zola zoladkiewicz zoladz zolkiewicz
zoll zoller zollie zollinger zolna zolnierczyk zoltan zoltek zona zonia zontek zook zophanias
zophonias zoppetti zoppetto zora zoraida zoral zoran zorbach zorica zorka zorko zorlu zorman
zorn zorrilla zoryan zoryanivna zoryanovich zosima zotter zou zouaoui zoya zoza zozova zrilic
zrinski zsanett zsigmond zsofia zsolt zsombor zsuzsanna zuba zubairu zubayr zubayrov zubcic
zubek zubekova zubel zuber zuberek zubeyde zubia zubka zubko zubkova zubowicz zubrik zubrikova
zuchowicz zucker zuckerman zuehlke zuev zueva zufer zufika zugaj zugec zuheyla zuhri zuidweg
zuijdveld zujev zukauskas zukov zukowski zula zulaika zulaikha zulauf zulbiye zulema zuleyxa
zulfa zulfiyye zulfuye zulgarni zulkarnain zullo zulma zuluaga zumaridi zumre zumrud zumwalt
zunec zuniga zunilda zupan zupanc zupancic zupanic zuravljov zurawik zurcher zurita zuvela
zuwayhir zuwena zuzana zuziak zuzic zuzichka zvaigzne zver zvezdan zvezdemira zvezdin zvezdislav
zvezdiyan zvezdolet zvezdomir zvirbule zvirbulis zvonka zvonko zwaben zwara zwart zwatie zwiazek
zwijsen zwilling zwindrecht zybura zyga zygimantas zygmuntowicz zygula zykov zykova zymelka
zynda zyrek zys zysk zyto zywica zyzik
"""

WEAK: Final = """
ab abate abbey abed able ace add admiral agate age agent ah ai aide akin al alas albino alder
alderman ale ales aline alley ally almond alpha alt alter alto amber amble amigo amir among an
angel angelic angle ani anon ante antic ants apple arch archer arena arenas ares aria arias arms
arroyo art arts as ascension ash askew asp aspen ass aster astride atlas au auger august aura
author autumn aver azalea azure baa babe babel baby back backer bacon bade badger bah bail baize
baker bald bale bales ball ban bandy bane banes bang bangs banister bank banker banks banner
banning bannister baptist bar barb barber bard bare barefoot barer barge barker barks barley
barman barney barns baron barrette barrier barrio barrios barrow barrows barter bash basic basil
bass bassi basso bate bates bath batten battle battles batty bay bays beach beagle beam bean
bear beard beat beau beaver beavers beck bee beech beer beers begin bell belle bellows belt
bench bender bent berg berry beryl best beta bias bible bier big bigot bilge bill billings bills
billy binder bins birch bird birdie bishop bite bitten black blacker blades blanch bland blank
blanks blaze blazer blessing bliss blizzard block blood bloom bloomer blossom blot blow blue
blunt bo board boas boatman bob bobby bode bodily bodkin body bog boga bogey bogus boil boles
bolt bombard bond bonds bone boner bones boney bong bonnet bonnie bonny book boon boos booth
boots booze boozer border borders bore borer boring born borne boss bot bottom bottoms bouillon
bounds bourgeois bow bower bowers bowler bowling bowman box bozo bra brace bracken brad brain
brake bramble branch brand brands brandy brasher brass bravo bray brazier breed breeding breeze
brew brewer brick bridge bridges brier bright brim brink broach brogan brook brooks broom
brothers brown browning bruin brunet brunette brush buck buckler buckles bud buddy buff bull
bullock bump bumpers bunch bunk bunker bunny bunting burden burg burger burgher burns burr
burrow burrows bury bus busby bush bushman buss buster butch butcher butler butt butte butters
button butts buzzard bye cabana cabanas cable caddie cadence cadet cage cairn cairns cal call
cam camellia camp camper camps can canal canals cancel candy cane canning cannon canny canon
cant canter canton cantor canyon cap cape capers caprice captain car caraway card cardinal cares
carmine carol carpenter carrier carrion carry carton carver case cases cash caster castle castor
catchings cater cavalier cave celesta center centers chad chalk chamber chamberlain chambers
champ champagne champion chance chancellor chancy chandler channel chapel char charity chase
chastity cheek cheeks cherish cherry chess chestnut chew chi chick child chiles chin china chip
choice chow christen chuck church chute cinnamon cis clack clapper clay clear cleave cleaver
cleaves clement clever click cliff close cloud clover cluck clutter coats cobble cocci cock
coffee coffin coil coke colas colic collar colleen collie collier colon colonel colt comas combs
come comer comfort commander comment commodore commons company compos con conception cone confer
constable constant contractor converse convey cook cooks cool cools coon coons coop cooper coots
cop cope copes copper coral cord cordon core cork corn corner cornet corns corona corp corpus
corral cote cotter cotton couch council countryman counts courtier cousin cousins cover covert
covey coward cox coy craft cram crane crank crass craven cravens craw cray creamer creed creek
creel cress crew crews crick crisp crochet crone crook crooks cropper crosier cross crouch crow
crown crozier cruise crumb crystal cuff cull cumming curd curl current curry curt curtain cutter
cutting da dado dahlia daily daisy dale dam dame damps dance dancer dare dark darling dart dash
date dates dauphin davenport dawn day de deacon deal dean deans dear dearth deb decamp decamps
deck deeds deem deep deer deforest degree delay dell delta den dent derby derrick desire despot
dessert destiny dew dewberry dial dials diamond dibble dick dickey dickie dicks die dieter dill
dills dimple din ding dink dirk dirks dis ditto divan diver divine do doc dock doctor dodge dodo
doe dole doles doll dollar dolly dolphin domino don done dos dot dotty doughty douse dove dowdy
downer downing downs doyen dragon drain drake drakes dray dresser drew dries driver drop drown
drub drum drummer dry dryer du dub duck duff duke dukes dull dung dunning dusty duty dye dyer
dyke dykes each eager eagle earl earls early earnest east easterly eaves ebb ebony echo ed eddy
edge edit eider ek el elder ell elms else ember emerald emery emir emit emo en era ermine es
essence ester esters eta ether eve evens ever ewers ey eye fa fain fair fairy faith falcon
falconer fall falls fan fancy fang fanning fanny far fares farina farmer farrow farthing fast
fate favors fawn fe fears feather feathers fed fee felicity feline fell feller fellows felt
felts fem fen fender fern ferry fetter fetters few fey field fielder fielding fields fife files
finch fine finger finis fink firs firth fish fisher fit fix flack flake fleck fleet flick flint
flood floor flora florin flower flowers fly fo folk folks font foot force ford fore forehand
foreman forest forester forget fort forte forth fortune forum foster fount fountain fox frame
franc frank franks fray free freed freedman freely freeman freer freeze french fresh friar fried
friend frier fries frisk front frost fry fryer fu fudge fuller funk furlong furrow furry furs
gable gage gain gains gal gala gale galena gales gall gallant gallop gamble games gang garden
gardener garland garner garnet garret garrison gas gates gathers gauge gaunt gay gee gene
general genesis genie gent gentile gentle gentry gibbon gibbons gift gill gills ginger girts
gist given givens gladden glass glasses glaze glazier glen glib glory go goad goblet goings gold
golden goldsmith gong good goodnight goodwill gore gorge gorp gouge governor grab grace gram
grams grand grange grant grass grate gravel gravely graver graves gray grayer grays green
greening greet grey gribble griffin grill grim grimes grinder grit groom grooms gross grounds
grove groves grow grunt gu guard guess guest guild gull gulley gully gum gun gunner gunning
gunny gurney gust gut guy ha hack hacker hackney haddock haggard hail hair hake hakes hale hales
hall hallmark halls halter ham hamlet hammer hammers hammock hand handler handy hang hanger hank
hanks hard harden harder hardy hare haring harm harmony harms harness harp harry harsh hart hash
hasting hasty hatch hatter haven havens hawk hawker hawks haws hawthorn hay hays hazard hazel he
head heady heaps heard hearty heater heath heather heaven heck hector hedge hedges height held
hell helm helms hence henna hens her herald herb herd heron herring hertz hickey hicks hide high
highland hill hillier hills hilt hind hinds hitch ho hoard hobby hock hocking hoes hogan holder
holding hole holiday holler holly homer homes hone honey honing hood hoof hook hooker hooks hoop
hope hopper horn house householder hove hovel hu hue huff hug hull humble hung hunt hunter
huntsman hurdle hurt husband husk hyacinth hymen hypes ib ibis ice icy ii im imam immaculate in
infant innocent ion ir iris irons ivory ivy ja jack jacks jade jail jarred jasmine jasper jay jc
jerkins jester jet jewel ji jimmy jo job john johns joiner joke jolly josh journey joy judge jug
julienne jump jumper junior junk junker jury just justice ka kale karma keel keeling keels keen
keener ken key keys khan kick kidder kiddy kidney killer kin kind kinder kindle kindred king
kink kinsman kismet kiss kit kitchen kitchens kite kitty kluge knee knight knights knoll
knuckles ko krone ku la lace lack lackey lacy lad laddie lady lain lair lake lakes lam lamas
lamb lament lamp lance land lander lane large largo lark lash lass lassie laughter laurel
lavender law lawless laws lawyer lax lay layman laze le lea leach leader leaf leafy league leak
leaks lean leaner lease leathers ledger lee leech leek lees lefter lei leis leisure lemma lemon
lemons lent less lesser lever levy li liberty lice lie lien lies light likens lily limo linden
line liner lines lingo link linker lint lips lira lisle list lithe little lively llamas llano
llanos lo loan lock locker lode lodge lone long look loon looney loop loose loot lope lopes lord
lore lot love loveless lovely loving low lower loyal lu lucid luck lucky lung lusher lust luster
lute lutes ly lynch lyric ma mace macho mad madden made madrigal mads magic magnolia maiden main
mains major majors maker male mall mallard mallet mambo man mane manes manly manners manning
manor mans mantilla manual many maple maples mar marble march mare mares margarita maria marina
marine mark marker marks marlin marquis marquise marrow marry mars marsh marshal mart marten
martens martial martin martini martins marvel mas mash mask mason mast master masters mat mate
math mats matt matte matter mattocks matts maverick max maxim maxima may mayo mayor mayoral maze
mead meadow meadows means media median medic medley meek meeker meg melody mentor merchant mercy
merino merrily merry mesa messenger messiah messier meta metro mi mica mickey mike mil mile
miles miller millet milliner million mills min miner mines mink minks minor miracle mire miss
mist misty mitt mitts mix mo moan moats mock modest molder moles moll money monger monk monks
moody moon moons moor mooring moors moos moose more mores morning moron morrow moss mote motes
motley mount mountain mounts mouser mower mu muff mule mull munch murk muse music must mutter my
myrtle na nacho nadir nail nanny narcissus nary natal nation nations nave nay near neighbors
nettles new newborn newcomer newt newton ng ni nice nicely nick nickel nickels nickle nickles
nicks nightingale nil ninja nipper nix noble nobles noel noon north northern nova novella nu
null numbers nunnery nurse nutting oak oaks octave odd ogle ogles oh ok old olden olive om omega
op opal oral orange orchard ore organ ou outlaw ova over overall owe oxford pa pace pack packer
paddock pagan page pages painter pair paisley pal palazzo pall palm palomino pan panda pane pang
pansy pant pap papa par paradise pare parent parish park parks parley parry parsley parson
parsons partridge parts paschal pass pastor pasty pat patch pate patience patsy patty paw payer
peace peach peacock peak pearl pearly pease peck peed peek peel peer peg pellet pelt pence penny
pent people peoples pepper peppers per person persons peter peters petty pew phoebe phoenix pi
piazza piccolo pick pickle pickles pier pierce pike pilgrim pillow pin pine pines ping pinion
pink pinkie pinto piper pipes pippin pippins pitcher place plank plant plaster player plaza
pleas pleasant plover plowman plum plumb plunk po pock pointer pol pole poling polite poll polo
pond ponder ponds pool poor pop pope poplar poplin poppy porch port porter poss post potter
potters pottier pound pounds power powers pray precious pres press price pride priest prime
primmer prince princess prior privet proctor profit proper prosper province provost prudence pry
pu puck pulley puma punch purity purl purser put putt queen quick quill quirk race rafter raid
rails rains rainwater raja rake rakes ram ran randy range rank ransom rares rash rather rattan
ravel raven ray reach read reader reading ready real ream reamer reams reason record rector red
redden reddish reed reedy reel reeve reeves register rein reis render renders revels rhea rhymes
ri rice rich richer rick ricks riddle rider ridge rife riffle rile riles rim ring ringer rink
ripple riser river rivers roach roan roar rob robin robins rock rocky rod rode roe roebuck roger
rogers roll roller rolling romaine roman rood roof rook rooks room root roots rose rosemary
rosette rosier rosin rosy rounds rouse rout royal royals royalty rube ruble ruby rudder ruddy
rude ruder rue ruff ruin rule rumble run rune runnels runner runny rush rushing rusk rust rusty
rut rye sa sable sack sacks sacristan sad safari saga sage sager said sailor saint salaam salami
sale sales sally salmon salmons salter salvo sample samples sand sandal sander sanders sands
sandy sane saner sang sans sari sass saucier savage savanna savannah savant sawyer sawyers
scales scarlet schmaltz schmuck scull scullion scurry se seal seals seaman sears season sec see
self sell sellers sells seltzer semen senator senior senna sera serenity serge server session
sessions settle settles seven sever severance sexton shad shade shah shank shanks sharp shaver
shavers she shear shearer shears sheets sheikh shell shepherd sheriff sherry shields shilling
shim shin shine shirk shiver shivers shock shoemaker shook shore shores short shorter shorts
shoulders showers shows shuck shy sibyl sickles side sides sierra silk sill sills silvan silver
silvers sim simmers sims sincere sine sing singer singleton sink sinner sip sire siren sister
sitar sites sitters six sizer skip skipper sky slack slate slaughter slave slay sledge sleeper
slick sly small smalls smart smiley smit smith smock smolders smothers snider snipes snot snow
so sobers sol solar sole soles solver son sonata song sonny sons soon soot soprano sorrels sos
sot sours south southern sow sowers sparkle sparks sparrow spas spates speaks spear spears speck
speed spell speller spells spies spikes spinner spires spoon spray spring springs sprinkle spry
square squire squires st stabler stack stacks staff stage staggers stair stalker stall stamp
stamps standard stapler staples star stark starling states stead steed steel steely steer stein
sterling stern sterna sterner steward stickler stiff stiles still stiller stills stock stocks
stoker stokes stone stoner stonewall stoney stoops storey storm storms stormy story stout
straight strain strait strand strange straw street streets stringer stripling strode strong
struck strum stuck stump sturgeon styles su such sue suits sultan sultana summer summers sun
sunder sung sunny sunshine supple surface swain swallow swan swank sweat sweet sweeten swift
swim swindle swindler swing swisher sword swords sylvan ta tab tack tad tailor tally talon tam
tan tang tank tanner taro tart tarter tawny te tea teal teed teeter teeters teller temple
temples tequila terry tester thatcher the theta thorn thorny thrall thrash thrasher thrift
thrower ti tiara tickle ties tiger tilde till tiller tine ting tingle tinker tins tiny tit
tittle to toll tom tome tomes toms ton tone toner tong tony too toots topic topping tor tore
torrent torrents touchstone tours tower towers towns toy trace trader trail trainer trammel
treasure treat trice trim trimmer trinity tromp tron trotter troupe trout troy true trump truss
trusty tu tuck tucker tufts tun tune turner tusk tutor tutu tweed tweedy ty ua ui un unique
unknown unnamed urban us usher utter vain vale valentine valiant valid valley valves van var
veal veer velvet vermillion vernal vessels vest vi via vial vice victor victory vigil villa
vines vineyard viola violet violin virgin visa vital viva vo vu wacker waddle wade wadi wafer
wage wager wagers wages wagoner wait waiters waits wake waldo wales walk walker wall walling
walls waltz wan wanner ward warden ware warmer warren warrior wash washer watchman water waters
watt watts wax way wear weathers weaver weed weeks weir welch well wellington wells welsh welter
wen were west western wheat wheeler whetstone whit white whitener whiting whittle wick wicker
wicks widen wiener wight wild wilder wilds wile wiles will willow wills wilt windy wine wines
wing winger wink winner winter winters wisdom wise wiser wit withers witting witty wm wolf
wolfram womble won woo wood woodcock wooden woodland woodman woods woody word work workman works
worm worth worthy wren wright wu xu ya yap yard yaw yawn ye yen yeoman yi yip yoga yogi yon you
young younger yr yu yuk zed zero zeta zu
"""
