"""Given names and surnames written for lorkit, to cover origins the packaged lists miss or
hold only in a non-Latin script (see LICENSES.md). Lower-case, without accents."""

from __future__ import annotations

from typing import Final

OWN_NAMES: Final = """
kwame kofi kwaku yaw kwabena kojo kwesi kwasi kwadwo ama akosua adwoa abena afua yaa efua esi
akua mensah asante boateng owusu osei appiah agyeman darko ofori amoah addo quaye tetteh annan
ansah sarpong frimpong asamoah gyamfi bonsu nkrumah danquah
diallo ndiaye diop sow faye gueye mbaye sarr cisse toure traore keita coulibaly kone camara
sylla bah barry conteh kamara sesay koroma bangura jalloh fofana sangare doumbia ndour seck
mamadou ousmane moussa aminata fatoumata mariama awa khadija ibrahima abdoulaye cheikh modou
oumar alioune bineta astou coumba
chukwu chukwuemeka chukwudi chidi chidinma chioma chinonso chinwe chiamaka ngozi nkechi
nnamdi obinna ifeoma ikenna uchenna udoka ugochi emeka ebuka okonkwo okafor okoye okeke
nwachukwu nwosu nwankwo nwafor onyekachi onyeka amaka adaeze adaora obiageli ezinne
tunde babatunde olumide oluwaseun oluwaseyi oluwatobi oluwadamilare temitope titilayo
folake funmilayo funke yetunde bukola bolanle adebayo adeyemi adewale adekunle adeola
ogunleye ogunbiyi oyelaran olaniyan olawale bamidele abimbola ayodele damilola kehinde
taiwo idowu
abubakar aminu bello danjuma garba haruna lawal musa sani shehu usman yakubu zainab hauwa
hadiza halima maryam rukayya binta jummai
tesfaye abebe bekele girma haile kebede tadesse alemu mulugeta wolde getachew mekonnen desta
tsegaye yohannes gebre gebremedhin hailu assefa negash meron selam hiwot tigist dawit yonas
almaz tsion liya saba abebech birtukan aster senait feven mesfin berhane kidane
abdi farah hassan hussein warsame osman nur jama mohamud yusuf aden egal dualeh samatar
hodan faduma ayan sahra hibaq ifrah asha deqa muna
mohammed muhammad mohamed mohammad ahmed ahmad mahmoud khalid omar umar abdullah abdallah
abdulrahman abdelrahman abdulaziz abdelaziz youssef yousef yusuf ibrahim ismail hamza hussain
hasan karim kareem tariq tarek nabil samir rami walid ziad fadi bassam hisham majid saeed
said rashid rasheed faisal fahad nasser naser mansour haddad khoury nassar saleh salah
hamdan hamdi habib aziz jaber jabr qasim kassem shaheen darwish barakat awad sabbagh
fatima fatma aisha ayesha khadija maryam mariam noor nour layla leila yasmin yasmine
rania reem dina hala huda amal salma samira nadia zeinab zaynab hanan lubna ghada
al-sayed al-hassan al-rashid al-amin al-masri al-khatib al-zahrani al-ghamdi al-qahtani
al-otaibi al-harbi al-shammari elsayed elmasry abdelaal
rajesh ramesh suresh mahesh ganesh dinesh naresh rakesh mukesh priya pooja lakshmi
deepa divya kavya ananya aishwarya meena sunita anita geeta sita radha savitri
venkatesh srinivas srinivasan raghavan ramanathan subramanian krishnan krishnamurthy
balasubramanian natarajan ramaswamy iyer iyengar nair menon pillai kurup namboodiri reddy
naidu rao chowdary chaudhary chaudhry choudhury banerjee chatterjee mukherjee bhattacharya
ganguly sengupta dasgupta ghosh bose basu das dutta sen roy mitra gupta sharma verma
agarwal aggarwal bansal goyal jain mehta shah patel desai joshi kulkarni deshpande
patil gokhale bhatt trivedi pandya parikh modi gandhi singh kaur gill sandhu sidhu dhillon
grewal brar bajwa randhawa cheema virk arora malhotra kapoor khanna chopra bhatia sethi
tandon saxena srivastava mishra tiwari pandey dubey dwivedi shukla yadav kumar kumari
murugan karthik senthil selvam arumugam palaniswamy thangaraj anbu kannan saravanan
venkatesan ravi vijay anand arun arjun rahul rohit amit sumit nikhil akhil vikram
vivek abhishek siddharth aditya harsha sandeep pradeep kuldeep gurpreet harpreet
manpreet jaspreet simran navjot baljit
rahman rahim hossain hosain islam uddin alam chowdhury talukder sarker sarkar bhuiyan
mia akter akhter khatun begum sultana nasrin farzana shirin tahmina rubina
tanvir shakil shahid sohel rubel jahangir kamrul mizanur anisur habibur
khan qureshi siddiqui ansari sheikh butt malik awan abbasi rizvi naqvi zaidi jafri
hashmi bukhari gilani durrani afridi yousafzai
kim lee park choi jung jeong kang cho yoon yun jang lim han oh seo shin kwon hwang ahn
song yoo hong jeon ko moon yang son bae baek heo nam noh ha
min-jun seo-yeon ji-hoon ji-woo ha-eun do-yun seo-jun ye-jin min-seo soo-ah hyun-woo
eun-ji jae-won sung-min young-ho
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng
liang xie tang xu feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng
wei jie hao ming jun hui lei yan xin yi ling fang jing xiu mei chan wong leung cheung lau
ng tsang yip kwok chow chiu mak tse fung lam siu
sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida
yamada sasaki yamaguchi matsumoto inoue kimura hayashi shimizu yamazaki mori abe ikeda
hashimoto ishikawa ogawa maeda okada fujita goto hasegawa murakami kondo ishii saito
hiroshi takeshi kenji yuki yuko keiko akiko haruto sota yui hina
nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly truong dinh
anh binh cuong dung duc hai hanh hieu hoa huong hung khanh lan linh long mai minh nam ngoc
nhung phuong quang tam thanh thao thu thuy trang trung tuan van viet xuan yen
santos reyes cruz bautista ocampo garcia mendoza torres tomas andrada castillo flores
villanueva ramos aquino dela cruz de leon gonzales lopez rivera perez dizon mercado
maricel rowena jonalyn jericho bong lorna marites jojo
ivanov ivanova petrov petrova sidorov sidorova smirnov smirnova kuznetsov kuznetsova popov
popova volkov volkova sokolov sokolova morozov morozova novikov novikova fedorov fedorova
kozlov kozlova lebedev lebedeva pavlov pavlova semenov semenova egorov egorova orlov orlova
shevchenko kovalenko bondarenko tkachenko kravchenko oliynyk koval boyko melnyk
kowalski kowalska nowak wisniewski wozniak wojcik kaminski lewandowski zielinski
szymanski dabrowski kozlowski jankowski mazur krawczyk piotrowski grabowski
horvat jovanovic petrovic nikolic markovic djordjevic stojanovic ilic popovic
dmitri dmitry sergei sergey alexei alexey andrei andrey mikhail nikolai vladimir yuri
igor oleg pavel boris viktor anatoly svetlana tatiana natalia olga irina ekaterina
anastasia yulia oksana ludmila galina nadezhda larisa vera zoya
hernandez martinez rodriguez gonzalez sanchez ramirez diaz morales jimenez gutierrez
ruiz alvarez mendez castro vargas romero herrera medina aguilar chavez guzman salazar
rojas ortiz vasquez velasquez cardenas contreras espinoza fuentes guerrero ibarra
jaramillo londono restrepo osorio quintero zapata arango betancourt
guadalupe lupita jose josefina juan juana maria luz carmen rosario socorro consuelo
dolores milagros esperanza xiomara yesenia yuliana marisol mayra araceli leticia
rocio itzel ximena valentina camila sofia isabella mariana gabriela luciana
santiago mateo sebastian alejandro diego nicolas samuel benjamin joaquin tomas emiliano
rahimi hosseini mohammadi ahmadi rezaei moradi karimi jafari sadeghi ghorbani heidari
rostami nazari mousavi tehrani esfahani shirazi
reza ali hossein mehdi amir babak dariush farhad kourosh navid omid parviz shahram
nasrin parisa shirin golnar mahsa roya setareh ladan farnaz
yilmaz kaya demir sahin celik yildiz yildirim ozturk aydin ozdemir arslan dogan kilic
aslan cetin kara koc kurt ozkan simsek
mehmet mustafa emre burak murat serkan hakan ayse fatma emine zeynep elif esra merve
thapa gurung tamang magar rai limbu shrestha karki adhikari bhattarai poudel paudel khadka
basnet sherpa koirala dahal pokharel ghimire bishnu hari prakash suman sushila gita laxmi
bikash bibek sabin sujata anjana rojina
perera fernando silva de silva jayasuriya wickramasinghe bandara dissanayake rathnayake
aung kyaw htun tun myint zaw thein soe hlaing nyein thida khin naing thant
jean-baptiste jean-pierre pierre-louis marie-claire guerline nadege fabienne widline
jeanty louissaint toussaint joseph pierre charles dorsainvil desir
"""
