"""The held-out sets written for issue 15, bench/unseen/, bench/fresh/, bench/fresh2/, bench/fresh3/,
bench/fresh4/, bench/fresh5/, bench/fresh6/, bench/fresh7/, bench/fresh8/, bench/fresh9/,
bench/fresh10/, bench/fresh11/, bench/fresh12/, bench/fresh13/, bench/fresh14/, bench/fresh15/, bench/fresh16/, bench/fresh17/, bench/fresh18/, bench/fresh19/, bench/fresh20/, bench/fresh21/, bench/fresh22/,
bench/fresh23/, bench/fresh24/, bench/fresh25/, bench/fresh26/, bench/fresh27/, bench/fresh28/, bench/fresh29/, bench/fresh30/ and bench/fresh31/, and their gold: every document has a gold file,
every gold file is well formed and keeps to SCHEMA.md (types, relation names, argument types), every
relation's two ends are entities of its gold, every name and item title occurs in its document, and
the expected suits of the documents that tell of lawsuits have the shape of `kg query cases --format
json` rows and are each a sued fact of one of those documents' gold, its court a Court there. No
extraction score is asserted here: each set is scored by hand, once, as its README says."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_heldout import assert_case_rows, assert_gold_keeps_to_the_schema

from kg.graph import fold

BENCH = Path(__file__).resolve().parent.parent / "bench"
FOLDERS = ("newsletter", "news", "english", "other")
# per set: how many documents it holds, and the documents whose suits its expected.json
# lists (built together into one graph)
SETS = {
    "unseen": (20, ("newsletter/nl-2025-09-litigation.txt", "other/en-briefing-ai-litigation.txt")),
    "fresh": (18, ("newsletter/nl-2025-11-litigation.txt", "newsletter/nl-2025-summer-digest.txt",
                   "news/zh-news-japan-papers-perplexity.txt", "news/zh-news-canada-publishers-openai.txt",
                   "english/en-news-apple-authors-suit.txt", "other/en-release-ftc-rite-aid.txt")),
    "fresh2": (16, ("english/en-wire-nvidia-authors-suit.txt", "english/en-court-lehrman-lovo.txt",
                    "other/en-docket-mata-avianca-sanctions.txt",
                    "newsletter/nl-2024-autumn-review-litigation.txt")),
    "fresh3": (16, ("english/en-regional-walters-openai-ruling.txt",
                    "english/en-broadcast-starbuck-meta-settlement.txt",
                    "english/en-legal-salesforce-authors-suit.txt",
                    "newsletter/nl-2025-litigation-timeline.txt", "other/en-release-ftc-evolv-scanners.txt")),
    "fresh4": (15, ("english/en-regional-saferent-settlement.txt", "english/en-wire-doj-realpage-suit.txt",
                    "english/en-broadcast-journalists-openai-suit.txt", "newsletter/nl-2025-litigation-log.txt",
                    "newsletter/nl-2023-07-monthly.txt")),
    "fresh5": (17, ("english/en-daily-alden-papers-openai-suit.txt",
                    "english/en-courtwire-cologne-meta-ai-training.txt", "newsletter/nl-2025-07-litigation-by-stage.txt",
                    "english/en-startup-nate-ai-washing-charges.txt", "english/en-podcast-agents-overviews-suits.txt",
                    "english/en-liveblog-openai-recapitalization.txt", "english/en-agency-broadcasters-sue-naver.txt")),
    "fresh6": (18, ("english/en-weekly-hpe-juniper-doj-settlement.txt", "english/en-briefing-france-google-bard-fine.txt",
                    "english/en-localtv-tesla-autopilot-verdict.txt", "english/en-nonprofit-uber-face-checks-couriers.txt",
                    "english/en-techblog-linkedin-training-data.txt",
                    "english/en-barjournal-fake-citations-divisional-court.txt",
                    "news/zh-news-iyo-openai-io-trademark.txt", "newsletter/nl-2025-11-litigation-memo.txt",
                    "newsletter/nl-2025-w36-data-ai-weekly.txt")),
    "fresh7": (9, ("english/en-canadian-daily-privacy-commissioner-x-probe.txt",
                   "english/en-wire-otter-notetaker-class-action.txt", "english/en-europe-cjeu-like-company-google.txt",
                   "newsletter/nl-2025-10-ai-litigation-monthly.txt")),
    "fresh8": (18, ("english/en-sadaily-fake-citations-legal-practice-council.txt", "english/en-gadget-ftc-alexa-ring-orders.txt",
                    "english/en-trade-lionsgate-runway-model-deal.txt",
                    "english/en-substack-copyright-office-part2-allen.txt",
                    "news/zh-news-iqiyi-minimax-training-data.txt", "newsletter/nl-2025-12-ai-dispute-casebook.txt")),
    "fresh9": (9, ("english/en-cyber-ai-abuse-imagery-crackdown.txt",
                   "english/en-lawblog-texas-biometric-settlements.txt",
                   "newsletter/nl-2025-h1-ai-case-cards.txt")),
    "fresh10": (18, ("english/en-kenyan-daily-worldcoin-data-deletion.txt",
                     "english/en-civlib-detroit-face-recognition-settlement.txt",
                     "english/en-edtrade-hingham-ai-discipline-ruling.txt",
                     "english/en-hrtrade-aclu-aon-hiring-tests-ftc.txt",
                     "english/en-radio-bbc-perplexity-legal-threat.txt",
                     "english/en-musictrade-spotify-labels-ai-products.txt",
                     "other/en-pressrelease-echr-glukhin-facial-recognition.txt",
                     "news/zh-news-bytedance-intern-suit.txt",
                     "newsletter/nl-2025-12-autonomous-driving-brief.txt",
                     "newsletter/nl-2025-09-hr-ai-client-alert.txt")),
    "fresh11": (18, ("english/en-insurance-state-farm-claims-algorithm-suit.txt",
                     "english/en-publishing-harpercollins-ai-licensing-offer.txt",
                     "english/en-irish-daily-dpc-ryanair-face-verification.txt",
                     "newsletter/nl-2025-03-algorithmic-decisions-case-cards.txt")),
    "fresh12": (16, ("english/en-libraryjournal-perlmutter-register-firing-suit.txt",
                     "english/en-filmportal-anil-kapoor-personality-rights.txt",
                     "english/en-cxtrade-ambriz-google-contact-center-ai.txt",
                     "english/en-datatrade-x-meta-bright-data-scraping-rulings.txt",
                     "newsletter/nl-2024-10-us-ai-privacy-litigation-alert.txt")),
    "fresh13": (16, ("english/en-countyweekly-pikesville-deepfake-plea.txt",
                     "english/en-legaldaily-georgia-appeals-fake-citations-divorce.txt",
                     "newsletter/nl-2025-10-lesser-known-ai-suits-cards.txt",
                     "newsletter/nl-2025-02-courts-genai-use-notes.txt")),
    "fresh14": (16, ("english/en-torontodaily-ko-v-li-ai-factum-contempt.txt",
                     "english/en-lawschoolblog-mendones-deepfake-evidence-dismissal.txt",
                     "newsletter/nl-2025-06-ai-citation-sanctions-dossier.txt",
                     "newsletter/nl-2025-08-data-likeness-suits-tracker.txt")),
    "fresh15": (16, ("english/en-wirefeed-indiana-hoosiervac-ai-citations-fine.txt",
                     "english/en-podcastnotes-pro-se-ai-citations-colorado-quebec.txt",
                     "newsletter/nl-2025-06-ai-hallucination-casebook.txt",
                     "newsletter/nl-2025-10-ai-enforcement-ledger.txt")),
    "fresh16": (16, ("english/en-hoteltrade-cendyn-caesars-pricing-suits.txt",
                     "english/en-lawpodcast-cohen-bard-fake-citations.txt",
                     "english/en-latv-alcon-tesla-blade-runner-suit.txt",
                     "newsletter/nl-2025-12-ai-trade-secret-likeness-suits-qa.txt")),
    "fresh17": (16, ("english/en-wirebrief-thele-google-gemini-privacy-suit.txt",
                     "english/en-courtreport-prisma-lensa-eliza-x-suits.txt",
                     "english/en-farmtrade-deere-sentera-ftc-repair-suit.txt",
                     "newsletter/nl-2025-12-ai-trademark-deepfake-suits.txt")),
    "fresh18": (14, ("english/en-regionalweb-entrepreneur-media-meta-suit.txt",
                     "english/en-legaldaily-duffy-yardi-pricing-ruling.txt",
                     "other/en-pressrelease-accc-microsoft-copilot-suit.txt",
                     "newsletter/nl-2026-01-ai-litigation-tracker.txt")),
    "fresh19": (16, ("english/en-courtwatch-adams-estate-openai-microsoft-suit.txt",
                     "english/en-liveblog-publishers-sue-cohere.txt",
                     "other/zh-typicalcase-bjinternetcourt-ai-image-copyright.txt",
                     "newsletter/nl-2026-01-ai-litigation-quarterly-review.txt")),
    "fresh20": (16, ("english/en-lawtrade-carreyrou-lyon-authors-suits.txt",
                     "english/en-wire-mumsnet-openai-legal-action.txt",
                     "english/en-techblog-koda-justice-music-ai-suits.txt",
                     "newsletter/nl-2025-07-ai-platform-labor-consumer-suits.txt")),
    "fresh21": (16, ("english/en-hkpaper-studios-sue-minimax-hailuo.txt",
                     "english/en-policyroundup-farnsworth-xockets-meta-nvidia.txt",
                     "english/en-localtv-tesla-proception-optimus-suit.txt",
                     "english/en-campuspaper-haishan-yang-minnesota-suit.txt",
                     "newsletter/nl-2025-q3-ai-litigation-quarterly-review.txt")),
    "fresh22": (16, ("english/en-finmag-openevidence-pathway-doximity-suits.txt",
                     "english/en-altweekly-chabon-authors-openai-meta-suits.txt",
                     "english/en-irishbroadcaster-dpc-x-grok-high-court.txt",
                     "newsletter/nl-2025-06-ai-law-monthly-by-region.txt")),
    "fresh23": (16, ("english/en-legalweekly-dubus-orlean-nvidia-suit.txt",
                     "english/en-dublincommuter-fanning-msn-bnn-defamation.txt",
                     "english/en-podcast-harber-hmrc-fake-citations.txt",
                     "news/zh-news-legalweekend-baidu-apple-fake-ernie-apps.txt",
                     "newsletter/nl-2025-10-india-deepfake-personality-suits.txt")),
    "fresh24": (13, ("english/en-publicradio-cir-openai-microsoft-suit.txt",
                     "english/en-lptrade-murphy-macys-sunglass-hut-suit.txt",
                     "other/en-orderabstract-jpml-openai-copyright-mdl.txt",
                     "news/zh-news-wireenglish-czech-court-ai-image-copyright.txt",
                     "newsletter/nl-2025-09-ai-call-privacy-authorship-case-express.txt",
                     "newsletter/nl-2024-10-bank-fintech-compliance-weekly.txt")),
    "fresh25": (13, ("english/en-policetrade-reid-jpso-facial-recognition-suit.txt",
                     "english/en-schooltrade-anderson-tiktok-third-circuit.txt",
                     "other/en-clematerials-lisota-heartland-ringcentral.txt",
                     "newsletter/nl-2025-07-dabus-ai-inventor-trial-observation.txt")),
    "fresh26": (13, ("english/en-fashiontrade-shein-artists-rico-suit.txt",
                     "english/en-canberratrade-deloitte-dewr-ai-report-refund.txt",
                     "other/en-scamalert-ftc-automators-ai-ecommerce.txt",
                     "news/zh-news-twlawinfo-amsterdam-uber-ola-algorithm-ruling.txt",
                     "newsletter/nl-2025-04-crossborder-association-ftc-ai-reviews-schemes.txt",
                     "newsletter/nl-2025-04-ip-agency-ai-patent-weekly.txt")),
    "fresh27": (13, ("english/en-cstoretrade-perez-amazon-go-biometric-suit.txt",
                     "other/en-districtletter-utah-v-snap-my-ai-suit.txt",
                     "newsletter/nl-2025-12-insurer-ai-recording-privacy-suits.txt")),
    "fresh28": (13, ("english/en-phototrade-clearview-alberta-pipa-ruling.txt",
                     "other/en-seminarnote-clearview-bc-judicial-review.txt",
                     "news/zh-news-macaubroadcast-xiaoi-apple-siri-suit.txt",
                     "newsletter/nl-2025-09-bar-committee-ai-chip-export-cases.txt")),
    "fresh29": (13, ("other/en-clinictracker-ftc-v-click-profit.txt",
                     "other/en-10qexcerpt-reddit-ai-licensing-ftc-inquiry.txt",
                     "news/zh-news-hkfinpaper-supermicro-auditor-class-action.txt",
                     "news/zh-news-provincialtv-alienchat-ai-companion-obscenity-case.txt",
                     "news/zh-news-securitiespaper-applovin-sec-probe-class-action.txt",
                     "newsletter/nl-2025-09-copyright-collective-member-newsletter.txt",
                     "newsletter/nl-2025-08-arbitration-commission-ai-rules.txt")),
    "fresh30": (10, ("english/en-reuters-cameo-openai-sora-trademark-order.txt",
                     "news/zh-news-sinatech-nyt-sues-perplexity.txt",
                     "news/zh-news-thepaper-hangzhou-ai-hallucination-ruling.txt",
                     "other/zh-typicalcases-hangzhoucourt-ai-media-forum.txt",
                     "newsletter/nl-2025-09-ai-compliance-monthly.txt",
                     "newsletter/nl-2025-06-tmt-legal-briefing-hk.txt")),
    "fresh31": (12, ("english/en-reuters-microsoft-storm-2139-azure-abuse-suit.txt",
                     "english/en-verge-strike-3-meta-torrent-ai-suit.txt",
                     "newsletter/en-pellinghamcrane-ai-law-quarterly-2025-q1.txt",
                     "newsletter/nl-2025-05-danyuan-ai-law-monthly.txt",
                     "newsletter/nl-2025-11-zhengpu-ai-data-compliance-bimonthly.txt",
                     "newsletter/nl-2026-01-hengway-tmt-briefing-hk.txt",
                     "news/zh-news-jiemian-ani-sues-openai-delhi.txt",
                     "news/zh-news-udn-disney-universal-sue-midjourney.txt")),
}
# fresh25, fresh27 and fresh28 tell six, five and six suits: their writers found nearly every lesser-known suit
# already told by an earlier set
MIN_SUITS = {"fresh25": 6, "fresh27": 5, "fresh28": 6}
GOLD_FILES = [path for name in SETS for path in sorted((BENCH / name / "gold").glob("*.json"))]


def _gold_id(path: Path) -> str:
    return f"{path.parent.parent.name}/{path.name}"


def _document(root: Path, name: str) -> Path:
    found = [root / folder / name for folder in FOLDERS if (root / folder / name).is_file()]
    assert len(found) == 1, f"{name}: expected in exactly one of {FOLDERS}, found {found}"
    return found[0]


def _gold(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", SETS)
def test_every_document_has_gold_and_every_gold_a_document(name: str):
    root, (count, _) = BENCH / name, SETS[name]
    documents = {p.name for folder in FOLDERS for p in (root / folder).glob("*.txt")}
    assert len(documents) == count
    assert documents == {p.name.removesuffix(".json") for p in (root / "gold").glob("*.json")}


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=_gold_id)
def test_gold_is_well_formed_and_every_relation_joins_two_of_its_entities(gold_path: Path):
    assert_gold_keeps_to_the_schema(_gold(gold_path), gold_path)


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=_gold_id)
def test_every_gold_name_and_item_title_occurs_in_its_document(gold_path: Path):
    gold = _gold(gold_path)
    text = fold(_document(gold_path.parent.parent, gold["doc"]).read_text(encoding="utf-8"))
    missing = [name for entity in gold["entities"] for name in entity["names"] if fold(name) not in text]
    missing += [relation["item"] for relation in gold["relations"] if fold(relation["item"]) not in text]
    assert not missing


@pytest.mark.parametrize("name", SETS)
def test_expected_suits_have_the_shape_of_case_rows_and_name_what_the_documents_name(name: str):
    root, (_, litigation) = BENCH / name, SETS[name]
    text = "".join(fold((root / path).read_text(encoding="utf-8")) for path in litigation)
    rows = json.loads((root / "expected.json").read_text(encoding="utf-8"))
    assert len(rows) >= MIN_SUITS.get(name, 8)
    assert_case_rows(rows, text)


@pytest.mark.parametrize("name", SETS)
def test_each_expected_suit_is_a_sued_fact_of_one_litigation_gold_and_its_court_a_court_there(name: str):
    root, (_, litigation) = BENCH / name, SETS[name]
    golds = [_gold(root / "gold" / f"{Path(path).name}.json") for path in litigation]
    for row in json.loads((root / "expected.json").read_text(encoding="utf-8")):
        homes = []
        for gold in golds:
            entity_of = {fold(n): e for e in gold["entities"] for n in e["names"]}
            if not all(fold(n) in entity_of for n in row["plaintiffs"] + row["defendants"] + [row["court"]]):
                continue
            sued = {(r["head"], r["tail"]) for r in gold["relations"] if r["relation"] == "sued"}
            pairs = {(entity_of[fold(p)]["id"], entity_of[fold(d)]["id"])
                     for p in row["plaintiffs"] for d in row["defendants"]}
            if pairs <= sued and entity_of[fold(row["court"])]["type"] == "Court":
                homes.append(gold["doc"])
        assert homes, row["caption"]  # a suit two documents tell is one row of the set's table
