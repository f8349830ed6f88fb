/**
 * Frequent surnames and given names of the communities a clinic serves, written from general
 * knowledge of census and registry frequency lists (the most common names of each origin), not
 * from any evaluation set. Words here may also be ordinary or clinical words ("Ward", "Long",
 * "Parkinson"); `names.ts` decides how much a hit on such a word is worth.
 */

/** Surnames by origin; each block lists the most frequent names of that community. */
const surnameBlocks = {
  // United States and British Isles: the census lists' most frequent surnames.
  english: `smith johnson williams brown jones miller davis wilson anderson taylor thomas moore martin jackson thompson
    white harris clark lewis robinson walker young allen king wright scott hill green adams baker nelson carter mitchell
    roberts turner phillips campbell parker evans edwards collins stewart morris rogers reed cook morgan bell murphy
    bailey cooper richardson cox howard ward peterson gray james watson brooks kelly sanders price bennett wood barnes
    ross henderson coleman jenkins perry powell long patterson hughes washington butler simmons foster bryant alexander
    russell griffin hayes myers ford hamilton graham sullivan wallace woods cole west jordan owens reynolds fisher ellis
    harrison gibson mcdonald marshall wells tucker porter hunter hicks crawford henry boyd mason kennedy warren dixon
    burns gordon shaw holmes rice robertson hunt black daniels palmer mills nichols grant knight ferguson rose stone
    hawkins dunn perkins hudson spencer gardner stephens payne pierce berry matthews arnold wagner willis ray watkins
    olson carroll duncan snyder hart cunningham bradley lane andrews ruiz harper fox riley armstrong carpenter weaver
    greene lawrence elliott chavez sims austin peters kelley franklin lawson fields ryan schmidt carr castillo wheeler
    chapman oliver montgomery richards williamson johnston banks meyer bishop mccoy howell morrison hansen harvey
    little burton stanley nguyen george jacobs reid fuller lynch dean gilbert garrett romero welch larson frazier burke
    hanson day mendoza moreno bowman medina fowler brewer hoffman carlson silva pearson holland douglas fleming jensen
    vargas byrd davidson hopkins may terry herrera wade soto walters curtis neal caldwell lowe jennings barnett graves
    jimenez horton shelton barrett obrien o'brien castro sutton gregory mckinney lucas miles craig rodriquez chambers
    holt lambert fletcher watts bates hale rhodes pena beck newman haynes mcdaniel mendez bush vaughn parks dawson
    santiago norris hardy love steele curry powers schultz barker guzman page munoz ball keller chandler weber leonard
    walsh lyons ramsey wolfe schneider mullins benson sharp bowen daniel barber cummings hines baldwin griffith valdez
    hubbard salazar reeves warner stevenson burgess santos tate cross garner mann mack moss thornton dennis mcgee
    farmer delgado aguilar vega glover manning cohen harmon rodgers robbins newton todd blair higgins ingram reese
    cannon strickland townsend potter goodwin walton rowe hampton ortega patton swanson joseph francis goodman
    maldonado yates becker erickson hodges rios conner adkins webster norman malone hammond flowers cobb moody quinn
    blake maxwell pope floyd osborne paul mccarthy guerrero lindsey estrada sandoval gibbs tyler gross fitzgerald
    stokes doyle sherman saunders wise colon gill alvarado greer padilla simon waters nunez ballard schwartz mcbride
    houston christensen klein pratt briggs parsons mclaughlin zimmerman french buchanan moran copeland roy pittman
    brady mccormick holloway brock poole frank logan owen bass marsh drake wong jefferson park morton abbott sparks
    patrick norton huff clayton massey lloyd figueroa carson bowers roberson barton tran lamb harrington casey boone
    cortez clarke mathis singleton wilkins cain bryan underwood hogan mckenzie collier luna phelps mcguire allison
    bridges wilkerson nash summers atkins wilcox pitts conley marquez burnett richard cochran chase davenport hood
    gates clay ayala sawyer roman vazquez dickerson hodge acosta flynn espinoza nicholson monroe wolf morrow kirk
    randall anthony whitaker oconnor o'connor skinner ware molina kirby huffman bradford charles gilmore dominguez
    oneal o'neal o'neill bruce lang combs kramer heath hancock gallagher gaines shaffer short wiggins mathews mcclain
    fischer wall small melton hensley bond dyer cameron grimes contreras christian wyatt baxter snow mosley shepherd
    larsen hoover beasley glenn petersen whitehead meyers keith garrison vincent shields horn savage olsen schroeder
    hartman woodard mueller kemp deleon booth patel calhoun wiley eaton cline navarro harrell lester humphrey parrish
    duran hutchinson hess dorsey bullock robles beard dalton avila vance rich blackwell york johns blankenship trevino
    salinas campos pruitt moses callahan golden montoya hardin guerra mcdowell carey stafford gallegos henson wilkinson
    booker merritt miranda atkinson orr decker hobbs preston tanner knox pacheco stephenson glass rojas serrano marks
    hickman english sweeney strong prince mcclure conway walter roth maynard farrell lowery hurst nixon weiss trujillo
    ellison sloan juarez winters mclean randolph leon boyer villarreal mccall gentry carrillo kent ayers lara shannon
    sexton pace hull leblanc browning velasquez leach chang house sellers herring noble foley bartlett mercado landry
    durham walls barr mckee bauer rivers everett bradshaw pugh velez rush estes dodson morse sheppard weeks camacho
    bean barron livingston middleton spears branch blevins chen kerr mcconnell hatfield harding ashley solis herman
    frost giles blackburn william pennington woodward finley mcintosh koch best solomon mccullough dudley nolan
    blanchard rivas brennan mejia kane benton joyce buckley haley valentine maddox russo mcknight buck moon mcmillan
    crosby berg dotson mays roach church chan richmond meadows faulkner oneill knapp kline barry ochoa jacobson gay
    avery hendricks horne shepard hebert cherry cardenas mcintyre whitney waller holman donaldson cantu terrell morin
    gillespie fuentes tillman sanford bentley peck key salas rollins gamble dickson battle santana cabrera cervantes
    howe hinton hurley spence zamora yang mcneil suarez case petty gould mcfarland sampson carver bray rosario macdonald
    stout hester melendez dillon farley hopper galloway potts bernard joyner stein aguirre osborn mercer bender franco
    rowland sykes benjamin travis pickett crane sears mayo dunlap hayden wilder mckay coffey mccarty ewing cooley
    vaughan bonner cotton holder stark ferrell cantrell fulton lynn lott calderon rosa pollard hooper burch mullen fry
    riddle levy david duke odonnell o'donnell guy michael britt frederick daugherty berger dillard alston jarvis frye
    riggs chaney odom duffy fitzpatrick valenzuela merrill mayer alford mcpherson acevedo donovan barrera albert cote
    reilly compton raymond mooney mcgowan craft cleveland clemons wynn nielsen baird stanton snider rosales bright
    witt stuart hays holden rutledge kinney clements castaneda slater hahn emerson conrad burks delaney pate lancaster
    sweet justice tyson sharpe whitfield talley macias irwin burris ratliff mccray madden kaufman beach goff cash
    bolton mcfadden levine good byers kirkland kidd workman carney dale mcleod holcomb england finch head burt
    hendrix sosa haney franks sargent nieves downs rasmussen bird hewitt lindsay le foreman valencia oneil delacruz
    vinson dejesus hyde forbes gilliam guthrie wooten huber barlow boyle mcmahon buckner rocha puckett langley knowles
    cooke velazquez whitley noel vang parkinson dunne byrne kavanagh brennan doherty quinlan keane mcgrath mccann
    walshe moriarty sheehan mahoney hennessy costello mcnamara flanagan mulligan donnelly mcallister mckenna`,
  // Spanish-speaking countries and Hispanic America.
  hispanic: `garcia rodriguez martinez hernandez lopez gonzalez perez sanchez ramirez torres flores rivera gomez diaz
    reyes cruz morales ortiz gutierrez chavez ramos ruiz alvarez mendoza castillo jimenez moreno romero herrera medina
    aguilar vargas guzman munoz castro fernandez ortega delgado vasquez sandoval nunez dominguez soto rios contreras
    salazar silva guerrero estrada figueroa espinoza marquez cortez juarez luna padilla acosta alvarado cabrera campos
    carrillo rojas navarro maldonado valdez mejia cervantes ibarra zamora meza pena santiago vega molina avila trujillo
    bautista velasquez miranda fuentes rosales suarez cardenas pacheco escobar salinas barrera solis calderon villanueva
    orozco lara rangel tapia robles lozano cisneros sosa ochoa mora serrano montoya leon camacho galvan benitez ponce
    zuniga pineda caballero villalobos bernal arellano olivares duran esparza quintero velazquez mercado arroyo
    beltran rubio blanco sanz iglesias nieto santana prieto vidal marin diez gallego calvo cano garrido ferrer marti
    pascual hidalgo carmona herrero vicente crespo gil cortes santos lorenzo gimenez arias soler parra bravo roman
    montero pastor sainz esteban rivas morillo pardo manzano mendez cuesta benito reina aranda quiroga zapata palacios
    villa cordero osorio henao giraldo arango londono restrepo cardona mosquera ospina valencia bedoya echeverri
    quispe mamani condori huaman flores choque`,
  // Portugal and Brazil, Italy, France, the German-, Dutch- and Nordic-speaking countries.
  european: `silva santos oliveira souza sousa pereira costa ferreira rodrigues almeida nascimento lima araujo araújo
    carvalho gomes martins rocha ribeiro alves monteiro mendes barros freitas barbosa pinto moura cavalcanti dias
    castro campos cardoso teixeira correia vieira machado lopes marques nunes coelho fonseca
    rossi russo ferrari esposito bianchi romano colombo ricci marino greco bruno gallo conti de luca mancini costa
    giordano rizzo lombardi moretti barbieri fontana santoro mariani rinaldi caruso ferrara galli martini leone longo
    gentile martinelli vitale lombardo serra coppola de santis d'angelo marchetti parisi villa conte ferraro ferri fabbri
    bianco marini grasso valentini messina sala de rosa gatti pellegrini palumbo sanna farina rizzi monti cattaneo
    martin bernard dubois thomas robert richard petit durand leroy moreau simon laurent lefebvre michel garcia david
    bertrand roux vincent fournier morel girard andre lefevre mercier dupont lambert bonnet francois martinez legrand
    garnier faure rousseau blanc guerin muller henry roussel nicolas perrin morin mathieu clement gauthier dumont lopez
    fontaine chevalier robin masson sanchez gerard nguyen boyer denis lemaire duval joly gautier roger roche roy noel
    meyer lucas meunier jean perez marchand dufour blanchard marie barbier brun dumas brunet schmitt leroux colin
    fernandez pierre renard arnaud rolland caron aubert giraud leclerc vidal bourgeois renaud lemoine picard gaillard
    philippe leclercq lacroix fabre dupuis olivier rodriguez da silva hubert louis charles guillot riviere le gall
    guillaume adam rey moulin gonzalez berger lecomte menard fleury deschamps carpentier julien benoit paris maillard
    marchal aubry vasseur le roux renault jacquet collet prevost poirier charpentier royer huet baron dupuy pons paul
    laine carre breton remy schneider perrot guyot barre marty cousin
    muller mueller schmidt schneider fischer weber meyer wagner becker schulz hoffmann schafer koch bauer richter klein
    wolf schroder neumann schwarz zimmermann braun kruger hofmann hartmann lange schmitt werner schmitz krause meier
    lehmann schmid schulze maier kohler herrmann konig walter mayer huber kaiser fuchs peters lang scholz moller weiss
    jung hahn schubert vogel friedrich keller gunther frank berger winkler roth beck lorenz baumann franke albrecht
    schuster simon ludwig bohm winter kraus martin schumacher kramer vogt stein jager otto sommer gross seidel heinrich
    brandt haas schreiber graf schulte dietrich ziegler kuhn kuhl pohl engel horn busch bergmann thomas voigt sauer
    arnold wolff pfeiffer
    de jong jansen de vries van den berg van dijk bakker janssen visser smit meijer de boer mulder de groot bos vos
    peters hendriks van leeuwen dekker brouwer de wit dijkstra smits de graaf van der meer van der linden kok jacobs
    de haan vermeulen van den heuvel van der veen van den broek de bruijn de bruin van der heijden schouten van beek
    willems van vliet van de ven hoekstra maas verhoeven koster van dam van der wal prins blom huisman peeters
    maes mertens claes goossens wouters de smet dubois lambert dupont
    johansson andersson karlsson nilsson eriksson larsson olsson persson svensson gustafsson pettersson jonsson
    jansson hansson bengtsson lindberg jakobsson magnusson olofsson lindstrom lindqvist lindgren berg axelsson
    bergstrom lundberg lind lundgren lundqvist mattsson berglund fredriksson sandberg henriksson forsberg sjoberg
    wallin engstrom eklund danielsson lundin hakansson bjork bergman gunnarsson holm wikstrom samuelsson isaksson
    fransson bergqvist nystrom holmberg arvidsson lof soderberg nyberg blomqvist claesson nordstrom
    hansen johansen olsen larsen andersen pedersen nilsen kristiansen jensen karlsen johnsen pettersen eriksen berg
    haugen hagen johannessen andreassen jacobsen dahl jorgensen halvorsen henriksen lund sorensen jakobsen moen
    gundersen iversen strand solberg svendsen eide knutsen martinsen paulsen bakken kristoffersen mathisen lie amundsen
    nielsen christensen rasmussen petersen madsen kristensen thomsen poulsen johannsen knudsen mortensen moller
    korhonen virtanen makinen nieminen makela hamalainen laine heikkinen koskinen jarvinen lehtonen lehtinen
    saarinen salminen heinonen niemi heikkila kinnunen salonen turunen salo laitinen tuominen rantanen karjalainen
    jonsson sigurdsson gudmundsson jonsdottir sigurdardottir gudmundsdottir magnusson olafsson`,
  // Poland, Czechia, Slovakia, Hungary, Romania, the Balkans, Russia, Ukraine, Belarus, the Baltics.
  centralEastern: `nowak kowalski kowalska wisniewski wisniewska wojcik kowalczyk kaminski kaminska lewandowski
    lewandowska zielinski zielinska szymanski szymanska wozniak dabrowski dabrowska kozlowski kozlowska jankowski
    jankowska mazur wojciechowski kwiatkowski kwiatkowska krawczyk kaczmarek piotrowski piotrowska grabowski
    grabowska zajac pawlowski pawlowska michalski michalska krol wieczorek jablonski wrobel nowakowski majewski
    olszewski stepien malinowski jaworski adamczyk dudek nowicki pawlak gorski witkowski walczak sikora baran rutkowski
    michalak szewczyk ostrowski tomaszewski pietrzak zalewski wroblewski adamska adamski
    novak novakova svoboda svobodova novotny novotna dvorak dvorakova cerny cerna prochazka prochazkova kucera
    kucerova vesely vesela horak horakova nemec nemcova pokorny marek pospisil hajek jelinek kral ruzicka benes
    fiala sedlacek dolezal zeman kolar navratil cermak urban vanek blaha kriz kovac kovacova horvath horvathova
    varga toth kovacs szabo nagy kiss molnar nemeth farkas balogh papp takacs juhasz lakatos meszaros olah simon
    racz fekete szilagyi torok feher balazs gal kis szucs kocsis orsos pinter fodor szalai sipos magyar lukacs
    gulyas biro kiraly laszlo katona
    popescu ionescu popa pop radu dumitru stan stoica gheorghe matei ciobanu rusu munteanu constantin mihai
    marin florea dinu tudor ene lazar moldovan cristea
    horvat kovacevic babic maric juric novak kovacic knezevic vukovic markovic petrovic jovanovic nikolic ilic
    pavlovic stojanovic djordjevic stankovic todorovic milosevic savic popovic lukic simic kostic mitrovic
    zivkovic jankovic radovanovic tomic obradovic hodzic hadzic begic delic suljic kovac mesic
    ivanov ivanova smirnov smirnova kuznetsov kuznetsova popov popova vasiliev vasilieva vassiliev petrov petrova
    sokolov sokolova mikhailov mikhailova novikov novikova fedorov fedorova morozov morozova volkov volkova alekseev
    alekseeva lebedev lebedeva semenov semenova egorov egorova pavlov pavlova kozlov kozlova stepanov stepanova
    nikolaev nikolaeva orlov orlova andreev andreeva makarov makarova nikitin nikitina zakharov zakharova zaitsev
    zaitseva solovyov solovyova borisov borisova yakovlev yakovleva grigoriev grigorieva romanov romanova vorobyov
    sergeev sergeeva kuzmin kuzmina frolov frolova aleksandrov dmitriev korolev korolyov gusev kiselev ilyin
    maksimov polyakov sorokin vinogradov kovalev belov medvedev antonov tarasov zhukov baranov filippov komarov
    davydov belyaev gerasimov bogdanov osipov sidorov matveev titov markov mironov krylov kulikov karpov vlasov
    melnikov denisov gavrilov tikhonov kazakov afanasiev danilov savelyev timofeev fomin chernov abramov martynov
    efimov fedotov shcherbakov nazarov kalinin isaev chernyshev bykov maslov rodionov konovalov lazarev voronin
    klimov filatov ponomarev golubev kudryavtsev prokhorov naumov potapov zhuravlev ovchinnikov trofimov leonov
    sobolev ermakov kolesnikov goncharov emelyanov nikiforov grachev kotov grishin efremov arkhipov gromov kirillov
    malyshev panov moiseev rumyantsev akimov kondratiev biryukov gorbunov anisimov eremin tikhomirov galkin lukyanov
    mikheev skvortsov yudin belousov nesterov simonov prokofiev kharitonov knyazev tsvetkov levin mitrofanov
    voronov aksenov sofronov maltsev loginov gorshkov savin krasnov mayorov demidov eliseev rybakov safonov
    kalashnikov shestakov fadeev yermakov yefremov bulgakov samoylov samoylova krylova yefremova
    shevchenko kovalenko bondarenko tkachenko kravchenko kovalchuk oliynyk shevchuk polishchuk lysenko marchenko
    melnyk boyko rudenko savchenko petrenko moroz klymenko pavlenko kharchenko levchenko karpenko vlasenko
    ponomarenko sydorenko tkachuk kravchuk koval bilyk hrytsenko yurchenko ivanenko fedorenko lytvyn
    kazlouski novik kavaliou
    kazlauskas jankauskas petrauskas stankevicius vasiliauskas zukauskas butkus paulauskas urbonas kairys
    berzins kalnins ozols jansons ozolins liepins krumins balodis tamm saar sepp magi kask kukk rebane ilves`,
  // Greece, Turkey, Armenia, Georgia, the Caucasus and Central Asia.
  eastMediterranean: `papadopoulos papadopoulou georgiou nikolaou pappas dimitriou konstantinou papageorgiou
    oikonomou papadakis vlachos angelopoulos makris alexiou ioannou christodoulou antoniou athanasiou karagiannis
    yilmaz kaya demir sahin celik yildiz yildirim ozturk aydin ozdemir arslan dogan kilic aslan cetin kara koc kurt
    ozkan simsek polat ozcan korkmaz cakir erdogan yavuz can acar sen aktas guler yalcin gunes bozkurt bulut keskin
    unal turan gul ozer isik kaplan avci sari tekin tas kose yuksel ates aksoy
    petrosyan sargsyan harutyunyan hovhannisyan grigoryan khachatryan hakobyan vardanyan karapetyan gevorgyan
    avetisyan mkrtchyan davtyan poghosyan manukyan ghazaryan stepanyan martirosyan
    beridze kapanadze gelashvili maisuradze giorgadze lomidze tsiklauri bolkvadze kvaratskhelia nozadze shervashidze
    aliyev aliyeva mammadov mammadova hasanov huseynov guliyev ismayilov abdullayev karimov rahimov nazarov
    akhmedov yusupov rashidov tashkentov nurmagomedov magomedov khadzhiyev umkhayev kadyrov dudayev musayev
    ibragimov ibragimova kishiev vizirov`,
  // Arabic-speaking countries, Iran, Afghanistan and Pakistan.
  arabicPersian: `mohamed mohammed muhammad ahmed ahmad ali hassan hussein husain ibrahim mahmoud abdullah abdallah
    rahman abdel abdul saleh salem khalil nasser haddad hamdan mansour youssef yousef yusuf omar othman osman
    mustafa moustafa khalifa sayed said saeed hamid hamed farouk farah fakhoury khoury el-khoury haddad najjar
    sabbagh hakim karim amin aziz awad darwish ghanem habib hariri jaber kassem kassab masri nasr qasim rashid
    saad sharif shaikh sheikh suleiman taha zaki zayed al-sayed el-sayed abdelrahman abdelaziz bakr badawi
    harb issa jaafar khatib mahdi mubarak nassar obeid shami tamimi zidan
    karimi hosseini rezaei ahmadi mohammadi moradi jafari hashemi rahimi ghorbani sadeghi mousavi kazemi rostami
    akbari amini azizi ebrahimi heidari mirzaei najafi safari sharifi tehrani zamani
    khan ahmadzai popal durrani stanekzai noori qureshi siddiqui chaudhry chaudhary malik butt akhtar iqbal hussain
    raza javed aslam anwar bhatti mirza abbasi rana`,
  // India, Bangladesh, Sri Lanka and Nepal.
  southAsian: `patel shah singh kumar sharma gupta reddy rao iyer iyengar nair mehta joshi desai verma mishra agarwal
    aggarwal jain chopra kapoor malhotra bhat pillai menon chaudhary yadav pandey tiwari banerjee chatterjee mukherjee
    bose ghosh sen dutta das dey roy saha sarkar chakraborty bhattacharya ganguly majumdar paul nath biswas mondal
    pal kaur gill sandhu sidhu dhillon grewal bains brar sekhon arora bhatia sethi khanna kohli anand bajaj batra
    bedi chawla dhawan goyal garg goel bansal mittal singhal saxena srivastava shukla tripathi dwivedi trivedi
    chaturvedi upadhyay pathak dubey awasthi bajpai naidu krishnan subramanian ramanathan venkatesh raman srinivasan
    swaminathan natarajan rajan balakrishnan gopalan ramaswamy chandran narayanan murthy shetty hegde kamath pai
    kulkarni deshpande patil pawar jadhav shinde gaikwad chavan more kale naik gowda thakur rathore chauhan solanki
    parmar vaghela rajput bhatt dave vyas pandya thakkar modi parikh amin doshi gandhi kothari sanghvi
    hossain hussain rahman islam ahmed uddin begum akter khatun chowdhury sikder talukder miah
    perera fernando silva de silva jayawardena wickramasinghe bandara dissanayake gunawardena rajapaksa
    shrestha gurung tamang thapa rai magar karki adhikari poudel sharma`,
  // China, Taiwan, Hong Kong, Korea, Japan (romanised).
  eastAsian: `wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie song
    tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao
    lu jiang cui zhong tan lu wang fan jin shi liao jia xia wei fu fang bai zou meng xiong qin qiu jiang yin xue yan
    duan lei hou long shi tao li he gu mao hao gong shao wan qian yan tan wu dai mo kong xiang chang
    chan cheung leung lau wong ng lam ho kwok yeung tsang chow chu fung lai mak kwan tse ip yip lo law choi
    kim lee park choi jung jeong kang cho yoon jang lim han oh seo shin kwon hwang ahn song jeon hong yoo ko moon
    yang son bae baek heo nam sim noh ha kwak sung cha joo woo koo min ryu na jin ji eom chae won cheon bang gong
    sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada sasaki yamaguchi
    matsumoto inoue kimura hayashi shimizu yamazaki mori abe ikeda hashimoto yamashita ishikawa nakajima maeda
    fujita ogawa goto okada hasegawa murakami kondo ishii saito sakamoto endo aoki fujii nishimura fukuda ota
    miura fujiwara okamoto matsuda nakagawa nakano harada ono tamura takeuchi kaneko wada nakayama ishida ueda
    morita hara shibata sakai kudo yokoyama miyazaki miyamoto uchida takagi ando taniguchi ohno maruyama imai
    takada fujimoto takeda murata ueno sugiyama masuda sugawara hirano otsuka kojima chiba kubo matsui iwasaki
    sakurai kinoshita noguchi matsuo kikuchi nomura arai watanabe fukushima asano hamaguchi fukunaga kawasaki`,
  // Vietnam, the Philippines, Thailand, Indonesia, Malaysia, Cambodia, Laos, Myanmar and the Hmong community.
  southeastAsian: `nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly truong dinh lam mai luu
    trinh cao quach ta chau la luong
    santos reyes cruz bautista ocampo garcia mendoza torres tomas andrada castillo flores villanueva ramos castro
    rivera aquino navarro salazar mercado dela cruz de guzman delos santos soriano manalo pascual lim tan
    sy dizon gonzales aguilar lopez macaraeg dimaculangan magbanua
    srisuk wongsawat chaiyaporn saetang sukhum charoen srisombat thongchai
    wijaya susanto halim kusuma santoso gunawan hartono setiawan pratama hidayat saputra
    tan lim lee ng ong wong goh chua chong teo koh yeo chin
    vang xiong thao lee yang moua her lor vue chang khang lo hang kue`,
  // West, East, Central and Southern Africa, and the African diaspora.
  african: `okafor okonkwo okeke eze nwosu obi chukwu nnamdi adeyemi adebayo adewale adeleke adeyinka ogunleye
    olawale oluwaseun babatunde bello abubakar ibrahim musa yusuf usman lawal sani suleiman aliyu garba danjuma
    okoro okon effiong etim bassey udo akpan edet emmanuel ogbonna onyeka obiora ugwu nwachukwu ike ekwueme
    mensah asante owusu boateng osei appiah agyeman amoah acheampong ofori darko addo sarpong annan kufuor
    adjei badu frimpong ansah tetteh quaye lamptey nkrumah
    abebe tadesse bekele haile alemu girma mekonnen tesfaye getachew kebede assefa wolde desta gebre tesfaye
    mulugeta tekle berhane habte yohannes
    mohamed ali hassan farah abdi omar warsame jama ahmed hussein osman aden mohamud nur
    kamau mwangi otieno odhiambo ochieng njoroge kariuki wanjiru mutua kiprop kipchoge cheruiyot rotich koech
    omondi owino wafula wekesa njeri achieng akinyi
    nkosi dlamini ndlovu khumalo mthembu zulu ngcobo mkhize cele sithole mahlangu mokoena molefe mabaso
    moyo ncube banda phiri mwale tembo chanda mulenga mbeki mandela tshabalala
    diallo diop ndiaye fall sow ba sy kane traore coulibaly keita kone toure camara cisse sissoko konate sangare
    diarra doumbia ouattara kouassi kouame yao konan
    kabila mukendi tshibangu ilunga kasongo mbuyi kalala mutombo
    uwimana habimana niyonzima mugisha nsengiyumva
    joseph pierre jean-baptiste charles louis baptiste auguste etienne toussaint dorvil desir`,
  // Jewish and Israeli surnames.
  jewish: `cohen levi levy mizrahi peretz biton dahan friedman katz goldberg goldstein rosenberg rosen rosenthal
    shapiro schwartz klein weiss kaplan greenberg stein steinberg bernstein silverman silver feldman horowitz
    adler abramson abrams goldman goldsmith lieberman levin levine epstein rubin fischer berkowitz blum
    eisenberg ginsberg gottlieb grossman hirsch kahn kessler lerner marcus perlman rothman segal sherman spector
    wasserman weinberg weinstein zucker ben-david avraham ohana amar azoulay`,
} as const;

/** Given names by origin; each block lists names that are common in that community. */
const givenNameBlocks = {
  english: `james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony
    mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob
    gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick
    raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy
    christian keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe
    bruce gabriel logan albert willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason
    philip louis liam oliver lucas owen caleb isaac luke hunter connor wyatt carter jayden landon grayson levi
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra ashley
    kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon laura cynthia kathleen
    amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra rachel carolyn janet
    catherine maria heather diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith
    megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice jean abigail
    alice judy sophia grace denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany
    charlotte marie kayla alexis lori ava mia harper evelyn abigail ella avery scarlett chloe camila penelope riley
    layla lillian nora zoey mila aubrey hazel ellie violet aurora savannah audrey brooklyn bella claire skylar lucy
    paisley everly caroline nova genesis emilia kennedy maya willow kinsley naomi aaliyah elena sadie eleanor
    ed eddie ted teddy bob rob bill will jim jimmy tom tim dan danny mike ken ron don jon nick pat sam tony chris
    matt steve greg jeff joe ben fred frank hank jake ray rick ricky sue liz beth kate katie jen jenny meg peggy
    maggie molly becky vicky debbie cindy sandy wendy trish tina gina lily rose nina alta esta ida ina iva ola ora
    eva ada ava ivy joy kay lee lou may mae fay dee bea dot flo`,
  hispanic: `jose juan luis carlos jesus antonio manuel francisco miguel pedro alejandro javier fernando rafael
    sergio jorge eduardo ricardo roberto daniel diego andres pablo raul ramon enrique arturo alberto oscar hector
    mario victor alfonso gerardo ignacio ernesto guillermo rodrigo santiago mateo sebastian emiliano joaquin
    domingo tomas salvador agustin julio cesar rogelio adolfo esteban felipe gustavo hugo marco martin nicolas
    maria carmen ana laura isabel rosa lucia sofia valentina camila daniela gabriela paula andrea marta elena
    pilar cristina patricia beatriz teresa dolores mercedes josefa francisca juana guadalupe adriana alejandra
    veronica claudia monica silvia raquel rocio susana yolanda lourdes margarita esperanza consuelo alicia
    ximena fernanda mariana natalia regina renata valeria victoria luciana florencia catalina`,
  european: `giuseppe giovanni francesco antonio mario luigi angelo vincenzo pietro salvatore carlo franco
    domenico bruno paolo michele sergio luca marco alessandro andrea matteo lorenzo leonardo riccardo davide
    giulia francesca chiara alessia sara martina valentina federica elisa silvia paola giovanna rosa anna
    jean pierre michel philippe alain nicolas christophe patrick francois laurent frederic eric stephane olivier
    julien sebastien thierry pascal didier christian bernard guillaume maxime antoine hugo theo mathieu
    marie nathalie isabelle sylvie catherine francoise martine christine monique valerie sandrine sophie celine
    chantal camille manon chloe lea ines juliette amelie aurelie elodie margaux
    hans peter klaus wolfgang jurgen dieter gunter horst uwe bernd stefan andreas thomas michael frank markus
    matthias tobias florian sebastian lukas jonas felix maximilian leon paul finn moritz niklas jan
    ursula helga ingrid renate gisela monika petra sabine claudia andrea susanne anja katrin julia lena
    hannah lea leonie johanna greta frieda
    joao jose antonio francisco carlos paulo pedro lucas luiz marcos luis gabriel rafael miguel tiago rui
    bruno andre diogo goncalo duarte maria ana francisca antonia adriana juliana marcia fernanda patricia
    aline sandra camila amanda bruna jessica leticia beatriz ines mariana
    lars erik anders johan karl nils per olof jonas magnus henrik fredrik mikael mattias bjorn sven gustav
    oskar axel leif aksel jens rasmus soren morten kasper mads frederik thor ole knut arne einar
    anna maria karin eva kristina lena sara emma ingrid astrid sigrid hanna elin johanna linnea frida
    malin annika kirsten mette hanne lotte signe freja ida maja
    jouni jouko juha jari mika pekka timo matti kari antti markku heikki ville tuomas virpi tuula aino
    sigurdur gudmundur jon olafur helga gudrun sigridur kristin`,
  centralEastern: `jan piotr krzysztof andrzej tomasz pawel marcin michal lukasz grzegorz marek adam jakub
    mateusz kamil wojciech dariusz zbigniew stanislaw jerzy tadeusz kazimierz janusz
    anna maria katarzyna malgorzata agnieszka barbara ewa krystyna elzbieta zofia joanna magdalena monika
    aleksandra natalia karolina justyna beata dorota jolanta halina irena wieslawa danuta
    jiri josef petr pavel jaroslav martin tomas miroslav frantisek zdenek vaclav karel milan ladislav
    jana eva hana lenka katerina lucie veronika petra marketa alena vera jitka zuzana
    laszlo istvan jozsef janos zoltan sandor ferenc gabor attila tibor gyorgy imre lajos tamas peter balazs
    erzsebet katalin ilona eva maria zsuzsanna judit agnes andrea krisztina szabina julcsa eva
    ion gheorghe vasile constantin mihai nicolae alexandru andrei florin adrian elena ioana mihaela cristina
    ivan dragan milan zoran goran nikola marko stefan luka petar aleksandar dejan nenad darko bojan edi
    darijo borna jelena ivana marija ana maja snezana vesna dragana biljana tamara sanja mirjana vinka
    aleksandr aleksei alexei andrei anatoly boris dmitri dmitry evgeny yevgeny fyodor gennady grigory igor
    ilya konstantin leonid maxim mikhail nikolai oleg pavel roman ruslan sergei sergey stanislav timur vadim
    valentin valery viktor vladimir vladislav vyacheslav yaroslav yuri denis artem kirill egor
    anastasia anna daria ekaterina elena galina irina julia yulia lyudmila marina natalia natalya nina olga
    oksana polina svetlana tatiana tatyana valentina vera viktoria yana zoya lyubov nadezhda larisa
    alla inna alina kristina ksenia sofia
    taras bohdan mykola oleksandr oleksiy volodymyr vasyl yaroslav petro andriy dmytro serhiy olena
    oksana halyna nataliya tetiana iryna yuliia`,
  eastMediterranean: `giorgos georgios nikos nikolaos yannis ioannis dimitris dimitrios konstantinos kostas
    christos panagiotis vasilis vasileios athanasios spyros eleni maria katerina aikaterini sofia georgia
    vasiliki angeliki dimitra ioanna despina
    mehmet mustafa ahmet ali huseyin hasan ibrahim ismail osman yusuf murat emre burak omer fatih kemal
    serkan cem can mert fatma ayse emine hatice zeynep elif meryem sultan hulya ozlem esra merve
    aram armen arman davit gor hayk narek tigran vahe ani anahit lilit mariam narine
    giorgi levan nino tamar ketevan
    rustam timur farid elnur bekbolat nurlan dauren dilnoza gulnara aigerim`,
  arabicPersian: `mohammed muhammad mohamed mohammad ahmed ahmad ali omar umar hassan hussein husain ibrahim
    mahmoud mustafa khalid khaled yusuf youssef yousef abdullah abdul abdel tariq tarek karim kareem samir sami
    walid waleed nabil adel amir amr bilal hamza hamid jamal rashid said saeed salem sultan faisal fahad nasser
    ziad ziyad majid nader hani hisham imad issam marwan osama rami wael yasser zaid
    fatima fatma aisha ayesha khadija maryam mariam zainab zeinab layla leila laila noor nour sara sarah amal
    amira hana huda iman jamila lina mona nadia rania rana reem salma samira yasmin yasmine dina dalia ghada
    hiba lamia maha nada rasha rim sahar soha suha
    reza hossein hosein mehdi ali-reza alireza amir-hossein arash babak behzad dariush farhad hamed kaveh
    kourosh mahmoud majid morteza navid omid parviz payam saeed siamak
    parisa shirin mina nasrin maryam fatemeh zahra leila neda sara azadeh roya golnaz mahsa niloufar`,
  southAsian: `rahul amit anil sunil ravi deepak sanjay rajesh suresh ramesh vijay ajay manoj nikhil arjun vikram
    aditya rohan arun vivek harish ganesh aarav vihaan krishna sai karthik prakash raj rajiv sandeep sachin
    pradeep naveen praveen sunil ashok mahesh dinesh rakesh mukesh satish girish kishore mohan gopal srinivas
    venkat shankar ashwin varun siddharth abhishek akash ankit gaurav manish pankaj rohit saurabh tarun
    priya pooja anjali neha shreya divya kavita sunita lakshmi ananya meena geeta sita gita radha rekha
    asha usha nisha deepa swati shweta sneha preeti rani rina anita savita sushma kamala padma latha
    kiran jyoti aarti arti nandini pallavi ritu smita vandana bhavana harini keerthana aishwarya
    gurpreet harpreet manpreet jaspreet simran amandeep navdeep jasmine baljit harjit
    abdul rafiq shafiq rahim karim jahid nasrin shahana rubina taslima`,
  eastAsian: `wei jun ming hui yan mei xin ying jing lei hao yu jie li na lin fang qiang tao bo chen yang hong jian
    feng xiu zhen hua ling ping xiaoming xiaoli xiaohong lihua jianhua guoqiang zhiwei jiahui yiming haoran zihan
    min-jun ji-woo seo-yeon ji-hoon min-seo ha-eun jae hyun seung young-ho eun ji-ho minjun jiwoo seoyeon jihoon
    sung-min hye-jin eun-ji ji-eun soo-jin mi-young jung-hoon dong-hyun
    hiroshi takashi yuki kenji akira haruto yui sakura hana kenta daiki ryo sota yuto aoi riko naoki shota kaito
    takeshi hiroki kazuki satoshi makoto yusuke tomoko keiko yoko akiko naoko kumiko yumiko emi aya mai yuka
    shintarou shintaro akifumi tomomi chihiro nijito kaori megumi rina haruka misaki`,
  southeastAsian: `anh binh cuong dung duc hai hung huy khanh khoa linh long minh nam phong quang son thanh thao
    thu trang trung tuan tung van vy hoa hanh hien huong lan mai ngoc nhung phuong quynh tam thuy yen
    somchai niran anong malee sompong somsak surachai wichai nattapong siriporn pranee kanya
    jose juan maria rosario lourdes jocelyn marites maricel rodel jun-jun
    budi agus siti dewi sri wahyu ahmad putri ayu rina
    pao kou xia mai yer chue nou`,
  african: `chinedu chukwuemeka emeka obinna ikenna nnamdi uche chidi ngozi chioma adaeze amaka nneka ifeoma
    oluwaseun olumide oluwadamilare babatunde adebayo adewale ayodele femi segun tunde tolu bukola funmilayo
    folasade yetunde abimbola kehinde taiwo
    kwame kofi kwaku kwabena kojo yaw kweku ama akua abena adwoa afia efua esi ekua yaa
    tesfaye abebe dawit yohannes mulugeta haile selam meseret tigist hana almaz bethlehem
    abdi abdirahman hodan fadumo hawa ayan asha halima
    juma baraka omondi otieno wanjiru wambui akinyi achieng njeri amani neema zawadi
    thabo sipho themba bongani mandla lindiwe nomsa thandiwe zanele nokuthula
    mamadou moussa ibrahima oumar cheikh abdoulaye aminata fatou awa mariama kadiatou
    blessing mercy patience`,
  jewish: `moshe yosef avraham yitzhak yaakov david shlomo noam eitan itai ariel avi uri amit yonatan
    noa tamar shira yael maya michal orly rivka rachel sarah leah miriam esther hadas`,
} as const;

/** Particles of multi-word surnames ("de luca", "van den berg"): part of a name, never a name alone. */
const particles = new Set(['de', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'dos', 'das', 'du', 'la', 'dela', 'delos', 'st']);

function words(blocks: Record<string, string>): string[] {
  return Object.values(blocks).flatMap((block) => block.split(/\s+/)).filter((w) => w && !particles.has(w));
}

/** Lower-cased frequent surnames of many origins, ordinary and clinical words included. */
export const commonSurnames: readonly string[] = words(surnameBlocks);
/** Lower-cased frequent given names of many origins, ordinary words included. */
export const commonGivenNames: readonly string[] = words(givenNameBlocks);
