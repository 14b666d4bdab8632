"""A place written only as a part of a company the text anonymises (被告一北京某智能科技公司,
被告二某（北京）文化传媒公司, 某软件（中国）有限公司: kg.unnamed ANONYMISED_COMPANY) is no
Jurisdiction of the text: the company is no node (SCHEMA: 某内容分享平台 is none), and the
place it opens or glosses tells where an unnamed party sits, not a place the text is about,
as the real annotations mostly read it (devA71: seven such places in four documents of four
sites, six of them no gold node; 福州市某电子商务有限公司's 福州市 is one).  Runs on the chosen
mentions: the place the text names elsewhere (北京互联网法院审理, 在北京) keeps that mention, and
a court's side is no longer that place (被告杭州某网络公司: the hearing reads the named side)."""
from __future__ import annotations

from spacy.tokens import Doc

from ..unnamed import ANONYMISED_COMPANY
from .base import Family, register, set_mentions
from .words import Words


@register
class AnonymisedParties(Family):
    def __init__(self, words: Words) -> None:
        pass

    def __call__(self, doc: Doc) -> Doc:
        mentions = doc.user_data["mentions"]
        if any(mention.type == "Jurisdiction" for mention in mentions):
            starts = {mention.end: mention.start for mention in mentions if mention.type == "Jurisdiction"}
            spans = [self.with_places_before(match.span(), starts)
                     for match in ANONYMISED_COMPANY.finditer(doc.user_data["text"])]
            if spans:
                set_mentions(doc, [mention for mention in mentions if not self.inside(mention, spans)])
        return doc

    @staticmethod
    def with_places_before(span: tuple[int, int], starts: dict[int, int]) -> tuple[int, int]:
        """The company's span with the places written right before it (浙江杭州某网络传媒公司:
        the pattern reads 杭州某…, and 浙江 opens the same name); ``starts``: each place's start
        by its end."""
        start, end = span
        while start in starts and starts[start] < start:
            start = starts[start]
        return start, end

    @staticmethod
    def inside(mention, spans: list[tuple[int, int]]) -> bool:
        """Whether a place overlaps an anonymised company's name (福州市某电子商务有限公司 is read
        from 州 on: the place before 某 is two characters long)."""
        return mention.type == "Jurisdiction" and \
            any(start < mention.end and mention.start < end for start, end in spans)
