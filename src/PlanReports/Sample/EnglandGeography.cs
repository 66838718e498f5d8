namespace PlanReports.Sample;

/// <summary>
/// The illustrative England the sample is built from: the four SHA clusters and DH PDT leads of seed 000, the
/// ten SHAs, 51 PCT clusters (seed 002), their PCTs, the councils they work with and the emerging CCGs, and the
/// 27 local area teams of seed 004. Kent and Medway, its eight CCGs and the South of England local area teams
/// are as seed 004 names them; the rest use real English place names arranged plausibly, not as a record of
/// the real 2012 configuration.
/// </summary>
/// <remarks>
/// Line kinds: <c>SC|name|code|PDT lead|PDT email</c> (SHA cluster), <c>LAT|name</c> (local area team of the SHA
/// cluster above), <c>SHA|code|name</c>, <c>CL|name|local area team</c> (PCT cluster),
/// <c>PCT|place|councils|CCGs</c>. CCGs are separated by ';' and may name their councils in brackets; an empty
/// CCG list means one CCG named after the PCT, '-' means the PCT's CCGs are listed under a neighbour.
/// </remarks>
internal static class EnglandGeography
{
    public const string Text = """
        SC|North of England|Y54|Rachel Swallow|Rachel.swallow@dh.gsi.gov.uk
        LAT|Cheshire, Warrington and Wirral
        LAT|Cumbria, Northumberland, Tyne and Wear
        LAT|Durham, Darlington and Tees
        LAT|Greater Manchester
        LAT|Lancashire
        LAT|Merseyside
        LAT|North Yorkshire and Humber
        LAT|South Yorkshire and Bassetlaw
        LAT|West Yorkshire
        SHA|Q30|North East
        CL|North of Tyne|Cumbria, Northumberland, Tyne and Wear
        PCT|Newcastle|Newcastle upon Tyne|Newcastle North and East; Newcastle West
        PCT|North Tyneside|North Tyneside|
        PCT|Northumberland Care Trust|Northumberland|Northumberland
        CL|South of Tyne and Wear|Cumbria, Northumberland, Tyne and Wear
        PCT|Gateshead|Gateshead|
        PCT|South Tyneside|South Tyneside|
        PCT|Sunderland Teaching|Sunderland|Sunderland
        CL|County Durham and Darlington|Durham, Darlington and Tees
        PCT|County Durham|County Durham|North Durham; Durham Dales, Easington and Sedgefield
        PCT|Darlington|Darlington|
        CL|Tees|Durham, Darlington and Tees
        PCT|Hartlepool|Hartlepool|Hartlepool and Stockton-on-Tees [Hartlepool, Stockton-on-Tees]
        PCT|Stockton-on-Tees Teaching|Stockton-on-Tees|-
        PCT|Middlesbrough|Middlesbrough|South Tees [Middlesbrough, Redcar and Cleveland]
        PCT|Redcar and Cleveland|Redcar and Cleveland|-
        SHA|Q31|North West
        CL|Cumbria|Cumbria, Northumberland, Tyne and Wear
        PCT|Cumbria Teaching|Cumbria|Cumbria
        CL|Lancashire|Lancashire
        PCT|North Lancashire Teaching|Lancashire|Lancashire North; Fylde and Wyre
        PCT|Central Lancashire|Lancashire|Chorley and South Ribble; Greater Preston; West Lancashire
        PCT|East Lancashire Teaching|Lancashire|East Lancashire
        CL|Blackburn with Darwen and Blackpool|Lancashire
        PCT|Blackburn with Darwen Teaching Care Trust Plus|Blackburn with Darwen|Blackburn with Darwen
        PCT|Blackpool|Blackpool|
        CL|Greater Manchester|Greater Manchester
        PCT|Bolton|Bolton|
        PCT|Bury|Bury|
        PCT|Heywood, Middleton and Rochdale|Rochdale|
        PCT|Manchester|Manchester|North Manchester; Central Manchester; South Manchester
        PCT|Oldham|Oldham|
        PCT|Salford|Salford|
        PCT|Stockport|Stockport|
        PCT|Tameside and Glossop|Tameside|
        PCT|Trafford|Trafford|
        PCT|Ashton, Leigh and Wigan|Wigan|Wigan Borough
        CL|Merseyside|Merseyside
        PCT|Liverpool|Liverpool|
        PCT|Knowsley|Knowsley|
        PCT|Sefton|Sefton|South Sefton; Southport and Formby
        PCT|Halton and St Helens|Halton, St Helens|Halton [Halton]; St Helens [St Helens]
        CL|Cheshire, Warrington and Wirral|Cheshire, Warrington and Wirral
        PCT|Central and Eastern Cheshire|Cheshire East|Eastern Cheshire; South Cheshire; Vale Royal [Cheshire West and Chester]
        PCT|Western Cheshire|Cheshire West and Chester|West Cheshire
        PCT|Warrington|Warrington|
        PCT|Wirral|Wirral|
        SHA|Q32|Yorkshire and the Humber
        CL|North Yorkshire and York|North Yorkshire and Humber
        PCT|North Yorkshire and York|North Yorkshire, York|Harrogate and Rural District [North Yorkshire]; Hambleton, Richmondshire and Whitby [North Yorkshire]; Scarborough and Ryedale [North Yorkshire]; Vale of York [York, North Yorkshire]
        CL|Humber|North Yorkshire and Humber
        PCT|Hull Teaching|Kingston upon Hull|Hull
        PCT|East Riding of Yorkshire|East Riding of Yorkshire|
        PCT|North East Lincolnshire Care Trust Plus|North East Lincolnshire|North East Lincolnshire
        PCT|North Lincolnshire|North Lincolnshire|
        CL|South Yorkshire and Bassetlaw|South Yorkshire and Bassetlaw
        PCT|Barnsley|Barnsley|
        PCT|Doncaster|Doncaster|
        PCT|Rotherham|Rotherham|
        PCT|Sheffield|Sheffield|
        CL|Airedale, Bradford and Leeds|West Yorkshire
        PCT|Leeds|Leeds|Leeds North; Leeds West; Leeds South and East
        PCT|Bradford and Airedale Teaching|Bradford|Bradford City; Bradford Districts; Airedale, Wharfedale and Craven [Bradford, North Yorkshire]
        CL|Calderdale, Kirklees and Wakefield|West Yorkshire
        PCT|Calderdale|Calderdale|
        PCT|Kirklees|Kirklees|Greater Huddersfield; North Kirklees
        PCT|Wakefield District|Wakefield|Wakefield
        SC|Midlands & East|Y55|Gillian Donachie|Gillian.donachie@dh.gsi.gov.uk
        LAT|Arden, Herefordshire and Worcestershire
        LAT|Birmingham, Solihull and the Black Country
        LAT|Derbyshire and Nottinghamshire
        LAT|East Anglia
        LAT|Essex
        LAT|Hertfordshire and the South Midlands
        LAT|Leicestershire and Lincolnshire
        LAT|Shropshire and Staffordshire
        SHA|Q33|East Midlands
        CL|Derbyshire County and Derby City|Derbyshire and Nottinghamshire
        PCT|Derbyshire County|Derbyshire|Erewash; Hardwick; North Derbyshire; Southern Derbyshire [Derbyshire, Derby]
        PCT|Derby City|Derby|-
        CL|Nottinghamshire County and Nottingham City|Derbyshire and Nottinghamshire
        PCT|Nottinghamshire County Teaching|Nottinghamshire|Mansfield and Ashfield; Newark and Sherwood; Nottingham North and East; Nottingham West; Rushcliffe
        PCT|Nottingham City|Nottingham|Nottingham City
        PCT|Bassetlaw|Nottinghamshire|
        CL|Leicestershire County and Rutland and Leicester City|Leicestershire and Lincolnshire
        PCT|Leicestershire County and Rutland|Leicestershire, Rutland|West Leicestershire [Leicestershire]; East Leicestershire and Rutland [Leicestershire, Rutland]
        PCT|Leicester City|Leicester|Leicester City
        CL|Lincolnshire|Leicestershire and Lincolnshire
        PCT|Lincolnshire Teaching|Lincolnshire|Lincolnshire East; Lincolnshire West; South Lincolnshire; South West Lincolnshire
        CL|Milton Keynes and Northamptonshire|Hertfordshire and the South Midlands
        PCT|Northamptonshire Teaching|Northamptonshire|Nene; Corby
        PCT|Milton Keynes|Milton Keynes|
        SHA|Q34|West Midlands
        CL|Birmingham and Solihull|Birmingham, Solihull and the Black Country
        PCT|Birmingham East and North|Birmingham|Birmingham CrossCity
        PCT|South Birmingham|Birmingham|Birmingham South Central
        PCT|Solihull Care Trust|Solihull|Solihull
        CL|Black Country|Birmingham, Solihull and the Black Country
        PCT|Dudley|Dudley|
        PCT|Sandwell|Sandwell|Sandwell and West Birmingham [Sandwell, Birmingham]
        PCT|Walsall Teaching|Walsall|Walsall
        PCT|Wolverhampton City|Wolverhampton|Wolverhampton
        CL|Arden|Arden, Herefordshire and Worcestershire
        PCT|Coventry Teaching|Coventry|Coventry and Rugby [Coventry, Warwickshire]
        PCT|Warwickshire|Warwickshire|Warwickshire North; South Warwickshire
        CL|West Mercia|Arden, Herefordshire and Worcestershire
        PCT|Herefordshire|Herefordshire|
        PCT|Worcestershire|Worcestershire|Redditch and Bromsgrove; South Worcestershire; Wyre Forest
        CL|Staffordshire and Shropshire|Shropshire and Staffordshire
        PCT|South Staffordshire|Staffordshire|Cannock Chase; East Staffordshire; South East Staffordshire and Seisdon Peninsula; Stafford and Surrounds
        PCT|North Staffordshire|Staffordshire|North Staffordshire
        PCT|Stoke on Trent|Stoke-on-Trent|Stoke on Trent
        PCT|Shropshire County|Shropshire|Shropshire
        PCT|Telford and Wrekin|Telford and Wrekin|
        SHA|Q35|East of England
        CL|Cambridgeshire and Peterborough|East Anglia
        PCT|Cambridgeshire|Cambridgeshire|Cambridgeshire and Peterborough [Cambridgeshire, Peterborough]
        PCT|Peterborough|Peterborough|-
        CL|Norfolk and Waveney|East Anglia
        PCT|Norfolk|Norfolk|North Norfolk; Norwich; South Norfolk; West Norfolk
        PCT|Great Yarmouth and Waveney|Norfolk, Suffolk|Great Yarmouth and Waveney
        CL|Suffolk|East Anglia
        PCT|Suffolk|Suffolk|Ipswich and East Suffolk; West Suffolk
        CL|North Essex|Essex
        PCT|North East Essex|Essex|
        PCT|Mid Essex|Essex|
        PCT|West Essex|Essex|
        CL|South Essex|Essex
        PCT|South West Essex|Essex, Thurrock|Basildon and Brentwood [Essex]; Thurrock [Thurrock]
        PCT|South East Essex|Essex, Southend-on-Sea|Castle Point and Rochford [Essex]; Southend [Southend-on-Sea]
        CL|Bedfordshire and Luton|Hertfordshire and the South Midlands
        PCT|Bedfordshire|Bedford, Central Bedfordshire|Bedfordshire
        PCT|Luton|Luton|
        CL|Hertfordshire|Hertfordshire and the South Midlands
        PCT|East and North Hertfordshire|Hertfordshire|
        PCT|West Hertfordshire|Hertfordshire|Herts Valleys
        SC|London|Y56|Andrew Prudames|Andrew.prudames@dh.gsi.gov.uk
        LAT|North Central and East London
        LAT|North West London
        LAT|South London
        SHA|Q36|London
        CL|North Central London|North Central and East London
        PCT|Barnet|Barnet|
        PCT|Camden|Camden|
        PCT|Enfield|Enfield|
        PCT|Haringey Teaching|Haringey|Haringey
        PCT|Islington|Islington|
        CL|East London and the City|North Central and East London
        PCT|City and Hackney Teaching|City of London, Hackney|City and Hackney
        PCT|Newham|Newham|
        PCT|Tower Hamlets|Tower Hamlets|
        CL|Outer North East London|North Central and East London
        PCT|Barking and Dagenham|Barking and Dagenham|
        PCT|Havering|Havering|
        PCT|Redbridge|Redbridge|
        PCT|Waltham Forest|Waltham Forest|
        CL|North West London|North West London
        PCT|Brent Teaching|Brent|Brent
        PCT|Ealing|Ealing|
        PCT|Hammersmith and Fulham|Hammersmith and Fulham|
        PCT|Harrow|Harrow|
        PCT|Hillingdon|Hillingdon|
        PCT|Hounslow|Hounslow|
        PCT|Kensington and Chelsea|Kensington and Chelsea|West London
        PCT|Westminster|Westminster|Central London
        CL|South East London|South London
        PCT|Bexley Care Trust|Bexley|Bexley
        PCT|Bromley|Bromley|
        PCT|Greenwich Teaching|Greenwich|Greenwich
        PCT|Lambeth|Lambeth|
        PCT|Lewisham|Lewisham|
        PCT|Southwark|Southwark|
        CL|South West London|South London
        PCT|Croydon|Croydon|
        PCT|Kingston|Kingston upon Thames|Kingston
        PCT|Richmond|Richmond upon Thames|Richmond
        PCT|Sutton and Merton|Sutton, Merton|Sutton [Sutton]; Merton [Merton]
        PCT|Wandsworth|Wandsworth|
        SC|South of England|Y57|Paulette Clarke|Paulette.clarke@dh.gsi.gov.uk
        LAT|Bath, Gloucestershire, Swindon and Wiltshire
        LAT|Bristol, N Somerset, Somerset and S Gloucestershire
        LAT|Devon, Cornwall and Isles of Scilly
        LAT|Kent and Medway
        LAT|Surrey and Sussex
        LAT|Thames Valley
        LAT|Wessex
        SHA|Q37|South East Coast
        CL|Kent and Medway|Kent and Medway
        PCT|Eastern and Coastal Kent|Kent|Ashford; Canterbury and Coastal; South Kent Coast; Swale; Thanet
        PCT|West Kent|Kent|Dartford, Gravesham and Swanley; West Kent
        PCT|Medway|Medway|Medway
        CL|Surrey|Surrey and Sussex
        PCT|Surrey|Surrey|East Surrey; Guildford and Waverley; North West Surrey; Surrey Downs; Surrey Heath; North East Hampshire and Farnham [Surrey, Hampshire]
        CL|Sussex|Surrey and Sussex
        PCT|West Sussex|West Sussex|Coastal West Sussex; Crawley; Horsham and Mid Sussex
        PCT|East Sussex Downs and Weald|East Sussex|Eastbourne, Hailsham and Seaford; High Weald Lewes Havens
        PCT|Hastings and Rother|East Sussex|
        PCT|Brighton and Hove City|Brighton and Hove|Brighton and Hove
        SHA|Q38|South Central
        CL|Berkshire|Thames Valley
        PCT|Berkshire West|Reading, West Berkshire, Wokingham|Newbury and District [West Berkshire]; North and West Reading [Reading, West Berkshire]; South Reading [Reading]; Wokingham [Wokingham]
        PCT|Berkshire East|Bracknell Forest, Slough, Windsor and Maidenhead|Bracknell and Ascot [Bracknell Forest, Windsor and Maidenhead]; Slough [Slough]; Windsor, Ascot and Maidenhead [Windsor and Maidenhead]
        CL|Buckinghamshire and Oxfordshire|Thames Valley
        PCT|Buckinghamshire|Buckinghamshire|Aylesbury Vale; Chiltern
        PCT|Oxfordshire|Oxfordshire|
        CL|Southampton, Hampshire, Isle of Wight and Portsmouth|Wessex
        PCT|Hampshire|Hampshire|Fareham and Gosport; North Hampshire; South Eastern Hampshire; West Hampshire
        PCT|Isle of Wight|Isle of Wight|
        PCT|Portsmouth City Teaching|Portsmouth|Portsmouth
        PCT|Southampton City|Southampton|Southampton City
        SHA|Q39|South West
        CL|Bristol, North Somerset and South Gloucestershire|Bristol, N Somerset, Somerset and S Gloucestershire
        PCT|Bristol|Bristol|
        PCT|North Somerset|North Somerset|
        PCT|South Gloucestershire|South Gloucestershire|
        CL|Somerset|Bristol, N Somerset, Somerset and S Gloucestershire
        PCT|Somerset|Somerset|
        CL|Bath and North East Somerset and Wiltshire|Bath, Gloucestershire, Swindon and Wiltshire
        PCT|Bath and North East Somerset|Bath and North East Somerset|
        PCT|Wiltshire|Wiltshire|
        CL|Gloucestershire and Swindon|Bath, Gloucestershire, Swindon and Wiltshire
        PCT|Gloucestershire|Gloucestershire|
        PCT|Swindon|Swindon|
        CL|Devon, Plymouth and Torbay|Devon, Cornwall and Isles of Scilly
        PCT|Devon|Devon|Northern, Eastern and Western Devon [Devon, Plymouth]; South Devon and Torbay [Devon, Torbay]
        PCT|Plymouth Teaching|Plymouth|-
        PCT|Torbay Care Trust|Torbay|-
        CL|Cornwall and Isles of Scilly|Devon, Cornwall and Isles of Scilly
        PCT|Cornwall and Isles of Scilly|Cornwall, Isles of Scilly|Kernow
        CL|Bournemouth, Poole and Dorset|Wessex
        PCT|Bournemouth and Poole Teaching|Bournemouth, Poole|Dorset [Dorset, Bournemouth, Poole]
        PCT|Dorset|Dorset|-
        """;
}
