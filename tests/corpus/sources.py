"""The development corpus, written for this project: short news-style articles with gold
places and movements. ``python tests/corpus/make_gold.py`` turns each entry into a JSON
file with gold coordinates (from GeoNames, Natural Earth or the curated gazetteer).

Gold conventions: every place the text names as a location counts (towns, countries,
rivers, borders, unknown places the text locates); a country adjective counts only where it
names a place ("la frontière irakienne"), not an actor ("l'armée syrienne"); capitals that
stand for governments, treaties and organisations do not count.
"""

ARTICLES = [
    # ---------------------------------------------------------------- English
    dict(slug="en-kherson", lang="en", published="2022-11-12", text=(
        "Russian forces withdrew from Kherson on Friday and moved towards Nova Kakhovka, the Ukrainian General Staff said. "
        "Ukrainian units entered Kherson on Saturday."),
        places=[("Kherson", "geonames:706448", 10), ("Nova Kakhovka", "geonames:699839", 10)],
        movements=[("Kherson", "Nova Kakhovka")]),
    dict(slug="en-bakhmut", lang="en", published="2023-01-16", text=(
        "According to the Wagner group, its fighters captured Soledar last week. "
        "Ukrainian troops retreated from Soledar to Bakhmut, a military spokesman in Kramatorsk said."),
        places=[("Soledar", "geonames:706757", 10), ("Bakhmut", "geonames:713174", 10), ("Kramatorsk", "geonames:704508", 10)],
        movements=[("Soledar", "Bakhmut")]),
    dict(slug="en-khartoum", lang="en", published="2023-05-02", text=(
        "Thousands of civilians fled Khartoum for Wad Madani over the weekend, the UN refugee agency said. "
        "Others headed north towards Port Sudan. Fighting continued in Omdurman."),
        places=[("Khartoum", "geonames:379252", 15), ("Wad Madani", "geonames:364103", 15), ("Port Sudan", "geonames:377039", 15),
                ("Omdurman", "geonames:365137", 15)],
        movements=[("Khartoum", "Wad Madani")]),
    dict(slug="en-el-fasher", lang="en", published="2024-06-10", text=(
        "RSF fighters attacked El Fasher on Sunday, according to local activists. "
        "Families left El Fasher and moved to Nyala, the activists said."),
        places=[("El Fasher", "geonames:379555", 15), ("Nyala", "geonames:369004", 15)],
        movements=[("El Fasher", "Nyala")]),
    dict(slug="en-yemen", lang="en", published="2021-02-20", text=(
        "Houthi fighters advanced towards Marib from Sanaa this week, the Yemeni government said. "
        "Coalition aircraft carried out strikes near Marib on Thursday."),
        places=[("Marib", "geonames:72968", 15), ("Sanaa", "geonames:71137", 15)],
        movements=[("Sanaa", "Marib")]),
    dict(slug="en-libya", lang="en", published="2020-06-08", text=(
        "Forces loyal to the Tripoli government left Misrata on Saturday and advanced towards Sirte, a spokesman said. "
        "Haftar's troops withdrew from Tarhuna."),
        places=[("Misrata", "geonames:2214846", 15), ("Sirte", "geonames:2210554", 15), ("Tarhuna", "geonames:2210221", 15)],
        movements=[("Misrata", "Sirte")]),
    dict(slug="en-mali", lang="en", published="2023-10-03", text=(
        "A convoy of Malian soldiers left Gao on Monday and headed towards Kidal, the army said. "
        "The convoy came under attack near Anefis."),
        places=[("Gao", "geonames:2457163", 15), ("Kidal", "geonames:2455290", 15), ("Anefis", "point:0.93,17.97", 25)],
        movements=[("Gao", "Kidal")]),
    dict(slug="en-afghanistan", lang="en", published="2021-08-14", text=(
        "Taliban fighters captured Lashkar Gah on Friday, officials said. "
        "Government troops withdrew from Kandahar to Kabul by air."),
        places=[("Lashkar Gah", "geonames:1134720", 15), ("Kandahar", "geonames:1138336", 15), ("Kabul", "geonames:1138958", 15)],
        movements=[("Kandahar", "Kabul")]),
    dict(slug="en-gaza", lang="en", published="2024-05-08", text=(
        "Tens of thousands of people fled Rafah towards Khan Younis on Tuesday, the UN said. "
        "Israeli strikes were reported in Gaza City."),
        places=[("Rafah", "geonames:281102", 10), ("Khan Younis", "geonames:281124", 10), ("Gaza", "geonames:281133", 10)],
        movements=[("Rafah", "Khan Younis")]),
    dict(slug="en-idlib", lang="en", published="2020-02-07", text=(
        "Syrian government forces entered Saraqib on Thursday after rebels withdrew from the town, "
        "the Syrian Observatory for Human Rights said. Thousands of families fled Idlib for Afrin near the Turkish border."),
        places=[("Saraqib", "geonames:164816", 10), ("Idlib", "geonames:169389", 10), ("Afrin", "geonames:174186", 10)],
        movements=[("Idlib", "Afrin")]),
    dict(slug="en-euphrates", lang="en", published="2017-10-30", text=(
        "ISIS fighters fled Al-Mayadin along the Euphrates towards Hajin last week, according to the coalition. "
        "The coalition said strikes hit convoys near Deir ez-Zor."),
        places=[("Al-Mayadin", "curated:al-mayadin", 10), ("Euphrates", "curated:euphrates", 10), ("Hajin", "curated:hajin", 10),
                ("Deir ez-Zor", "curated:deir-ez-zor", 10)],
        movements=[("Al-Mayadin", "Hajin")]),
    dict(slug="en-village-offset", lang="en", published="2017-06-05", text=(
        "Fighters left Raqqa on Sunday for Umm Kharruba, 20 km north of Raqqa, the SDF said."),
        places=[("Raqqa", "curated:raqqa", 10), ("Umm Kharruba", "point:39.008,36.133", 15)],
        movements=[("Raqqa", "Umm Kharruba")]),
    dict(slug="en-mosul", lang="en", published="2016-10-20", text=(
        "Iraqi forces advanced from Qayyarah towards Mosul on Wednesday, the Iraqi military said. "
        "ISIS convoys fled Mosul for Tal Afar."),
        places=[("Qayyarah", "geonames:99003", 15), ("Mosul", "curated:mosul", 15), ("Tal Afar", "geonames:90393", 15)],
        movements=[("Qayyarah", "Mosul"), ("Mosul", "Tal Afar")]),
    # ---------------------------------------------------------------- French
    dict(slug="fr-abu-kamal-autre", lang="fr", published="2017-11-10", text=(
        "Selon l’armée syrienne, les djihadistes ont quitté Boukamal mercredi et se sont repliés vers Al-Qaïm, en Irak. "
        "Des frappes ont visé la région de Hajine."),
        places=[("Boukamal", "curated:abu-kamal", 10), ("Al-Qaïm", "curated:al-qaim", 10), ("Irak", "curated:iraq", 50),
                ("Hajine", "curated:hajin", 10)],
        movements=[("Boukamal", "Al-Qaïm")]),
    dict(slug="fr-raqqa", lang="fr", published="2017-10-18", text=(
        "Les derniers combattants de l’EI ont quitté Raqqa mardi en direction de Deir ez-Zor, a annoncé une porte-parole des FDS. "
        "La ville est désormais sous le contrôle des forces kurdes."),
        places=[("Raqqa", "curated:raqqa", 10), ("Deir ez-Zor", "curated:deir-ez-zor", 10)],
        movements=[("Raqqa", "Deir ez-Zor")]),
    dict(slug="fr-palmyre", lang="fr", published="2016-03-28", text=(
        "L’armée syrienne a repris Palmyre dimanche, a déclaré la télévision d’État. "
        "Les jihadistes ont fui la ville vers Deir ez-Zor, le long de la route du désert."),
        places=[("Palmyre", "curated:palmyra", 10), ("Deir ez-Zor", "curated:deir-ez-zor", 10)],
        movements=[("Palmyre", "Deir ez-Zor")]),
    dict(slug="fr-ukraine", lang="fr", published="2022-09-12", text=(
        "Selon l’état-major ukrainien, les troupes russes ont quitté Izioum samedi et se sont retirées vers la frontière russe. "
        "Les forces ukrainiennes sont entrées dans Koupiansk."),
        places=[("Izioum", "geonames:707292", 10), ("Koupiansk", "geonames:703656", 10)],
        movements=[]),
    dict(slug="fr-mali", lang="fr", published="2013-01-28", text=(
        "Les soldats français et maliens sont entrés à Tombouctou lundi, a indiqué l’état-major. "
        "Les islamistes ont fui Tombouctou en direction de Kidal, selon des habitants."),
        places=[("Tombouctou", "geonames:2449067", 15), ("Kidal", "geonames:2455290", 15)],
        movements=[("Tombouctou", "Kidal")]),
    dict(slug="fr-soudan", lang="fr", published="2023-12-20", text=(
        "Des milliers de déplacés ont quitté Wad Madani pour Sennar, a rapporté l’ONU. "
        "Les paramilitaires ont pris le contrôle de Wad Madani lundi."),
        places=[("Wad Madani", "geonames:364103", 15), ("Sennar", "geonames:367644", 15)],
        movements=[("Wad Madani", "Sennar")]),
    dict(slug="fr-irak", lang="fr", published="2014-06-11", text=(
        "Les insurgés se sont emparés de Mossoul mardi, a affirmé un responsable à Bagdad. "
        "Des centaines de milliers d’habitants ont fui Mossoul vers Erbil."),
        places=[("Mossoul", "curated:mosul", 15), ("Bagdad", "curated:baghdad", 15), ("Erbil", "geonames:95446", 15)],
        movements=[("Mossoul", "Erbil")]),
    dict(slug="fr-frontiere", lang="fr", published="2017-11-20", text=(
        "D’après le ministère russe de la Défense, les convois ont quitté Hajine pour le poste de Bir Hamad, situé à la frontière syro-irakienne."),
        places=[("Hajine", "curated:hajin", 10), ("frontière syro-irakienne", "curated:syria-iraq-border", 10),
                ("Bir Hamad", "point:41.06,34.55", 60)],
        movements=[("Hajine", "Bir Hamad")]),
    dict(slug="fr-gaza", lang="fr", published="2023-10-14", text=(
        "Des dizaines de milliers de Gazaouis ont fui Gaza vers Khan Younès samedi, selon l’ONU. "
        "L’armée israélienne a mené des frappes sur Rafah."),
        places=[("Gaza", "geonames:281133", 10), ("Khan Younès", "geonames:281124", 10), ("Rafah", "geonames:281102", 10)],
        movements=[("Gaza", "Khan Younès")]),
    # ---------------------------------------------------------------- German, Italian, Portuguese
    dict(slug="de-mossul", lang="de", published="2017-07-10", text=(
        "Die Kämpfer verließen Mossul in Richtung Tal Afar, sagte ein Sprecher in Bagdad. "
        "Die irakische Armee rückte nach Mossul vor."),
        places=[("Mossul", "curated:mosul", 15), ("Tal Afar", "geonames:90393", 15), ("Bagdad", "curated:baghdad", 15)],
        movements=[("Mossul", "Tal Afar")]),
    dict(slug="de-cherson", lang="de", published="2022-11-11", text=(
        "Laut dem ukrainischen Generalstab verließen die russischen Truppen Cherson und zogen sich nach Nowa Kachowka zurück."),
        places=[("Cherson", "geonames:706448", 10), ("Nowa Kachowka", "geonames:699839", 10)],
        movements=[("Cherson", "Nowa Kachowka")]),
    dict(slug="it-libia", lang="it", published="2019-04-06", text=(
        "Secondo fonti locali, le truppe di Haftar hanno lasciato Gharyan dirette verso Tripoli. "
        "Scontri sono stati segnalati vicino a Tripoli."),
        places=[("Gharyan", "geonames:2217362", 15), ("Tripoli", "geonames:2210247", 15)],
        movements=[("Gharyan", "Tripoli")]),
    dict(slug="it-siria", lang="it", published="2019-10-14", text=(
        "Migliaia di civili sono fuggiti da Ras al-Ayn verso Hasaka, secondo l’ONU. "
        "Le forze turche hanno conquistato Tal Abyad."),
        places=[("Ras al-Ayn", "point:40.07,36.85", 20), ("Hasaka", "geonames:173811", 15), ("Tal Abyad", "geonames:163750", 15)],
        movements=[("Ras al-Ayn", "Hasaka")]),
    dict(slug="pt-mocambique", lang="pt", published="2021-03-29", text=(
        "Milhares de pessoas fugiram de Palma para Pemba, segundo as autoridades. "
        "Os insurgentes atacaram Palma na quarta-feira."),
        places=[("Palma", "point:40.47,-10.78", 20), ("Pemba", "geonames:1028918", 20)],
        movements=[("Palma", "Pemba")]),
    dict(slug="pt-ucrania", lang="pt", published="2022-03-16", text=(
        "Segundo as autoridades ucranianas, milhares de civis deixaram Mariupol em direção a Zaporizhzhia."),
        places=[("Mariupol", "geonames:701822", 15), ("Zaporizhzhia", "geonames:687700", 15)],
        movements=[("Mariupol", "Zaporizhzhia")]),
]
