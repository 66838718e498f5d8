namespace PlanReports.Sample;

/// <summary>
/// The 152 upper-tier councils, each of which hosts a Health and Wellbeing Board: the council's formal name,
/// the town of its headquarters with a plausible postcode area, and a rounded resident population in thousands
/// (the scale of the 2011 census) from which allocations, savings and metric denominators are derived.
/// </summary>
/// <remarks>Line: <c>place|formal name|town|postcode area|population in thousands</c>.</remarks>
internal static class EnglandCouncils
{
    public const string Text = """
        Newcastle upon Tyne|Newcastle City Council|Newcastle upon Tyne|NE|280
        North Tyneside|North Tyneside Council|Wallsend|NE|201
        Northumberland|Northumberland County Council|Morpeth|NE|316
        Gateshead|Gateshead Council|Gateshead|NE|200
        South Tyneside|South Tyneside Council|South Shields|NE|148
        Sunderland|Sunderland City Council|Sunderland|SR|275
        County Durham|Durham County Council|Durham|DH|513
        Darlington|Darlington Borough Council|Darlington|DL|105
        Hartlepool|Hartlepool Borough Council|Hartlepool|TS|92
        Stockton-on-Tees|Stockton-on-Tees Borough Council|Stockton-on-Tees|TS|192
        Middlesbrough|Middlesbrough Council|Middlesbrough|TS|138
        Redcar and Cleveland|Redcar and Cleveland Borough Council|Redcar|TS|135
        Cumbria|Cumbria County Council|Carlisle|CA|499
        Lancashire|Lancashire County Council|Preston|PR|1172
        Blackburn with Darwen|Blackburn with Darwen Borough Council|Blackburn|BB|147
        Blackpool|Blackpool Council|Blackpool|FY|142
        Bolton|Bolton Council|Bolton|BL|277
        Bury|Bury Council|Bury|BL|185
        Rochdale|Rochdale Borough Council|Rochdale|OL|212
        Manchester|Manchester City Council|Manchester|M|503
        Oldham|Oldham Council|Oldham|OL|225
        Salford|Salford City Council|Salford|M|234
        Stockport|Stockport Metropolitan Borough Council|Stockport|SK|283
        Tameside|Tameside Metropolitan Borough Council|Ashton-under-Lyne|OL|219
        Trafford|Trafford Council|Stretford|M|226
        Wigan|Wigan Council|Wigan|WN|318
        Liverpool|Liverpool City Council|Liverpool|L|466
        Knowsley|Knowsley Council|Huyton|L|146
        Sefton|Sefton Council|Bootle|L|274
        Halton|Halton Borough Council|Widnes|WA|126
        St Helens|St Helens Council|St Helens|WA|176
        Cheshire East|Cheshire East Council|Sandbach|CW|370
        Cheshire West and Chester|Cheshire West and Chester Council|Chester|CH|329
        Warrington|Warrington Borough Council|Warrington|WA|203
        Wirral|Wirral Council|Wallasey|CH|320
        North Yorkshire|North Yorkshire County Council|Northallerton|DL|599
        York|City of York Council|York|YO|198
        Kingston upon Hull|Hull City Council|Hull|HU|257
        East Riding of Yorkshire|East Riding of Yorkshire Council|Beverley|HU|334
        North East Lincolnshire|North East Lincolnshire Council|Grimsby|DN|160
        North Lincolnshire|North Lincolnshire Council|Scunthorpe|DN|167
        Barnsley|Barnsley Metropolitan Borough Council|Barnsley|S|231
        Doncaster|Doncaster Council|Doncaster|DN|302
        Rotherham|Rotherham Metropolitan Borough Council|Rotherham|S|258
        Sheffield|Sheffield City Council|Sheffield|S|552
        Leeds|Leeds City Council|Leeds|LS|751
        Bradford|City of Bradford Metropolitan District Council|Bradford|BD|522
        Calderdale|Calderdale Council|Halifax|HX|204
        Kirklees|Kirklees Council|Huddersfield|HD|423
        Wakefield|Wakefield Council|Wakefield|WF|325
        Derbyshire|Derbyshire County Council|Matlock|DE|770
        Derby|Derby City Council|Derby|DE|249
        Nottinghamshire|Nottinghamshire County Council|West Bridgford|NG|786
        Nottingham|Nottingham City Council|Nottingham|NG|306
        Leicestershire|Leicestershire County Council|Glenfield|LE|651
        Rutland|Rutland County Council|Oakham|LE|37
        Leicester|Leicester City Council|Leicester|LE|330
        Lincolnshire|Lincolnshire County Council|Lincoln|LN|714
        Northamptonshire|Northamptonshire County Council|Northampton|NN|692
        Milton Keynes|Milton Keynes Council|Milton Keynes|MK|249
        Birmingham|Birmingham City Council|Birmingham|B|1074
        Solihull|Solihull Metropolitan Borough Council|Solihull|B|207
        Dudley|Dudley Metropolitan Borough Council|Dudley|DY|313
        Sandwell|Sandwell Metropolitan Borough Council|Oldbury|B|309
        Walsall|Walsall Council|Walsall|WS|270
        Wolverhampton|City of Wolverhampton Council|Wolverhampton|WV|250
        Coventry|Coventry City Council|Coventry|CV|317
        Warwickshire|Warwickshire County Council|Warwick|CV|546
        Herefordshire|Herefordshire Council|Hereford|HR|184
        Worcestershire|Worcestershire County Council|Worcester|WR|567
        Staffordshire|Staffordshire County Council|Stafford|ST|849
        Stoke-on-Trent|Stoke-on-Trent City Council|Stoke-on-Trent|ST|249
        Shropshire|Shropshire Council|Shrewsbury|SY|307
        Telford and Wrekin|Telford and Wrekin Council|Telford|TF|166
        Cambridgeshire|Cambridgeshire County Council|Cambridge|CB|622
        Peterborough|Peterborough City Council|Peterborough|PE|184
        Norfolk|Norfolk County Council|Norwich|NR|858
        Suffolk|Suffolk County Council|Ipswich|IP|728
        Essex|Essex County Council|Chelmsford|CM|1394
        Thurrock|Thurrock Council|Grays|RM|158
        Southend-on-Sea|Southend-on-Sea Borough Council|Southend-on-Sea|SS|174
        Bedford|Bedford Borough Council|Bedford|MK|158
        Central Bedfordshire|Central Bedfordshire Council|Shefford|SG|255
        Luton|Luton Borough Council|Luton|LU|203
        Hertfordshire|Hertfordshire County Council|Hertford|SG|1116
        Barnet|London Borough of Barnet|London|N|357
        Camden|London Borough of Camden|London|NW|220
        Enfield|London Borough of Enfield|Enfield|EN|313
        Haringey|London Borough of Haringey|London|N|255
        Islington|London Borough of Islington|London|N|206
        City of London|City of London Corporation|London|EC|7
        Hackney|London Borough of Hackney|London|E|247
        Newham|London Borough of Newham|London|E|308
        Tower Hamlets|London Borough of Tower Hamlets|London|E|254
        Barking and Dagenham|London Borough of Barking and Dagenham|Dagenham|RM|186
        Havering|London Borough of Havering|Romford|RM|237
        Redbridge|London Borough of Redbridge|Ilford|IG|279
        Waltham Forest|London Borough of Waltham Forest|London|E|258
        Brent|London Borough of Brent|Wembley|HA|311
        Ealing|London Borough of Ealing|London|W|338
        Hammersmith and Fulham|London Borough of Hammersmith and Fulham|London|W|182
        Harrow|London Borough of Harrow|Harrow|HA|239
        Hillingdon|London Borough of Hillingdon|Uxbridge|UB|274
        Hounslow|London Borough of Hounslow|Hounslow|TW|254
        Kensington and Chelsea|Royal Borough of Kensington and Chelsea|London|W|158
        Westminster|Westminster City Council|London|SW|219
        Bexley|London Borough of Bexley|Bexleyheath|DA|232
        Bromley|London Borough of Bromley|Bromley|BR|310
        Greenwich|Royal Borough of Greenwich|London|SE|254
        Lambeth|London Borough of Lambeth|London|SW|303
        Lewisham|London Borough of Lewisham|London|SE|276
        Southwark|London Borough of Southwark|London|SE|288
        Croydon|London Borough of Croydon|Croydon|CR|364
        Kingston upon Thames|Royal Borough of Kingston upon Thames|Kingston upon Thames|KT|160
        Richmond upon Thames|London Borough of Richmond upon Thames|Twickenham|TW|187
        Sutton|London Borough of Sutton|Sutton|SM|190
        Merton|London Borough of Merton|Morden|SM|200
        Wandsworth|London Borough of Wandsworth|London|SW|307
        Kent|Kent County Council|Maidstone|ME|1464
        Medway|Medway Council|Chatham|ME|264
        Surrey|Surrey County Council|Kingston upon Thames|KT|1132
        West Sussex|West Sussex County Council|Chichester|PO|807
        East Sussex|East Sussex County Council|Lewes|BN|527
        Brighton and Hove|Brighton and Hove City Council|Hove|BN|273
        Reading|Reading Borough Council|Reading|RG|155
        West Berkshire|West Berkshire Council|Newbury|RG|154
        Wokingham|Wokingham Borough Council|Wokingham|RG|154
        Bracknell Forest|Bracknell Forest Council|Bracknell|RG|113
        Slough|Slough Borough Council|Slough|SL|140
        Windsor and Maidenhead|Royal Borough of Windsor and Maidenhead|Maidenhead|SL|145
        Buckinghamshire|Buckinghamshire County Council|Aylesbury|HP|505
        Oxfordshire|Oxfordshire County Council|Oxford|OX|654
        Hampshire|Hampshire County Council|Winchester|SO|1318
        Isle of Wight|Isle of Wight Council|Newport|PO|138
        Portsmouth|Portsmouth City Council|Portsmouth|PO|205
        Southampton|Southampton City Council|Southampton|SO|237
        Bristol|Bristol City Council|Bristol|BS|428
        North Somerset|North Somerset Council|Weston-super-Mare|BS|202
        South Gloucestershire|South Gloucestershire Council|Yate|BS|262
        Somerset|Somerset County Council|Taunton|TA|530
        Bath and North East Somerset|Bath and North East Somerset Council|Bath|BA|176
        Wiltshire|Wiltshire Council|Trowbridge|BA|471
        Gloucestershire|Gloucestershire County Council|Gloucester|GL|596
        Swindon|Swindon Borough Council|Swindon|SN|209
        Devon|Devon County Council|Exeter|EX|746
        Plymouth|Plymouth City Council|Plymouth|PL|256
        Torbay|Torbay Council|Torquay|TQ|131
        Cornwall|Cornwall Council|Truro|TR|532
        Isles of Scilly|Council of the Isles of Scilly|St Mary's|TR|2
        Bournemouth|Bournemouth Borough Council|Bournemouth|BH|183
        Poole|Borough of Poole|Poole|BH|147
        Dorset|Dorset County Council|Dorchester|DT|412
        """;
}
