"""Article model and helpers for the corpus generator (not part of the repo)."""
import re

ARTICLES = []

def F(metric, value, unit, ev, approx=False, as_of=None, since=None, kind=None):
    return dict(metric=metric, value=value, unit=unit, approx=approx, as_of=as_of,
                since=since, kind=kind, evidence=ev)

def A(**kw):
    d = dict(fmt="html", site=None, title=None, date=None, source=None, author=None,
             author_line=None, editor=None, body=[], prov=None, city=None, county=None,
             facts=[], doubled=False, gbk=None, dup=None, crumbs=["新闻"], related=None,
             show_meta=True, byline=None, lead_in_page=None)
    d.update(kw)
    ARTICLES.append(d)
    return d

def iso(date):
    if date is None:
        return None
    m = re.fullmatch(r"(\d{4}-\d{2}-\d{2})(?: (\d{2}:\d{2})(:\d{2})?)?", date)
    if not m.group(2):
        return m.group(1)
    return f"{m.group(1)}T{m.group(2)}{m.group(3) or ':00'}+08:00"
