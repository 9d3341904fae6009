import json, glob, os
D = '/work/blind/n'
kinds = {
 'n01': 'WordPress podcast episode page (Libsyn player)', 'n02': 'transcription-service share page (Descript-like)',
 'n03': 'public-radio transcript (NPR-like)', 'n04': 'parliamentary committee evidence', 'n05': 'financial terminal earnings call',
 'n06': 'video platform transcript panel (YouTube-like)', 'n07': 'Substack newsletter Q&A', 'n08': 'WeChat article, simplified Chinese, bilingual',
 'n09': 'Chinese podcast app episode (Xiaoyuzhou-like)', 'n10': 'Hong Kong radio transcript, traditional Chinese (TRAP)',
 'n11': 'conference session page (Hugo static site)', 'n12': 'transcription-service export (Sonix/Trint-like)', 'n13': 'XenForo fan forum thread',
 'n14': 'BBC-like radio programme transcript (TRAP)', 'n15': 'published Notion page', 'n16': 'Taiwanese news site Q&A, traditional Chinese'}
rows = ['| page | kind of site | markup / time format | his turns |', '|---|---|---|---|']
for j in sorted(glob.glob(D + '/n*.expected.json')):
    g = json.load(open(j)); n = os.path.basename(j)[:-14]
    rows.append(f"| {n}.html | {kinds[n[:3]]} | {g['format']} | {len(g['turns'])} |")
print('\n'.join(rows))
