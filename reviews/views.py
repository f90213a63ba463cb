from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from reviews.checks import Author, Post
from reviews.checks.engine import CHECKS
from reviews.forms import TryChecksForm
from reviews.highlight import segments
from reviews.selectors import get_check_engine

CHECK_TITLES = {
    "announcement": "Announcement",
    "affiliation": "Who you are",
    "tone": "Tone",
    "political": "Political impartiality",
    "personal_data": "Personal data",
    "confidential": "Confidential material",
    "length": "Length",
}


def home(request: HttpRequest) -> HttpResponse:
    """Paste a draft and see what the checks say about it; nothing is stored."""
    form = TryChecksForm(request.POST or None)
    context = {"form": form}
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        post = Post(data["text"], data["platform"], Author(profile=data["profile"]))
        report = get_check_engine().run(post)
        raised = [r for r in report.results.values() if r.raised]
        spans = [(f.start, f.end) for r in raised for f in r.findings]
        context.update(
            report=report,
            raised=[(CHECK_TITLES[r.check], r) for r in raised],
            passed=[CHECK_TITLES[name] for name, r in report.results.items() if not r.raised],
            segments=segments(post.text, spans),
            check_count=len(CHECKS),
        )
    return render(request, "reviews/home.html", context)


def not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    return render(request, "404.html", status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    return render(request, "500.html", status=500)
