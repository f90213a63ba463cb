"""Pages. Views are thin: they read through selectors, write through services, and turn
refusals into messages the user can act on."""

from __future__ import annotations

import csv
import itertools
from datetime import timedelta
from urllib.parse import quote

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, RequestDataTooBig
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_POST

from govsocial.middleware import UnreadableAddress
from govsocial.text_diff import word_diff
from guidelines.selectors import (
    election_period_for,
    election_periods_for_user,
    starting_out_checklist,
)
from reviews import dashboard as dashboard_figures
from reviews import selectors, services
from reviews.checks import Author, Post
from reviews.checks.engine import CHECK_NAMES
from reviews.forms import (
    CHECK_TITLES,
    CoachForm,
    DecisionForm,
    DiscretionForm,
    DismissFindingForm,
    LiveUrlForm,
    PostForm,
    QueueFilterForm,
    TryChecksForm,
)
from reviews.highlight import segments
from reviews.learning import learning_record
from reviews.models import CheckRunStatus, DraftPost
from reviews.pagination import InvalidCursor, Page, paginate
from reviews.services.errors import InvalidInput, ServiceError
from reviews.states import PostStatus
from reviews.turnaround import working_hours_between


def _sent(request: HttpRequest):
    """The form data of a POST, even an empty one (which must show "required" errors,
    not a blank form as if nothing had been sent); None for a GET."""
    return request.POST if request.method == "POST" else None


def home(request: HttpRequest) -> HttpResponse:
    if not request.user.is_authenticated:
        return redirect("try_checks")
    if request.user.has_perm("reviews.view_queue"):
        return redirect("queue")
    return redirect("my_posts")


def try_checks(request: HttpRequest) -> HttpResponse:
    """Paste a draft and see what the checks say about it; nothing is stored."""
    form = TryChecksForm(_sent(request))
    context = {"form": form}
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        post = Post(data["text"], data["platform"], Author(profile=data["profile"]))
        report = selectors.get_check_engine().run(post)
        raised = [r for r in report.results.values() if r.raised]
        spans = [(f.start, f.end) for r in raised for f in r.findings]
        context.update(
            report=report,
            raised=[(CHECK_TITLES[r.check], r) for r in raised],
            passed=[CHECK_TITLES[name] for name, r in report.results.items() if not r.raised],
            segments=segments(post.text, spans),
            check_count=len(CHECK_NAMES),
        )
    return render(request, "reviews/try_checks.html", context)


STALE_PAGE_LINK = ("That page link was out of date or had been changed, so this is the "
                   "first page.")


def _page_of(request: HttpRequest, posts, order) -> tuple[Page, dict]:
    """The page of a list the address asks for (its ``cursor``), and the links to the
    pages either side, keeping the rest of the address (filters). A cursor that does
    not read gets the first page, and a message saying so."""
    try:
        page = paginate(posts, order, request.GET.get("cursor"))
    except InvalidCursor:
        messages.warning(request, STALE_PAGE_LINK)
        page = paginate(posts, order)

    def link(cursor: str | None) -> str | None:
        if cursor is None:
            return None
        query = request.GET.copy()
        query["cursor"] = cursor
        return f"?{query.urlencode()}"

    return page, {"previous_url": link(page.previous_cursor), "next_url": link(page.next_cursor)}


# The first page of "My posts" lists up to this many posts needing action, newest first.
NEEDS_ACTION_SHOWN = 20


@login_required
def my_posts(request: HttpRequest) -> HttpResponse:
    page, pagination = _page_of(request, selectors.posts_for_author(request.user),
                                selectors.AUTHOR_ORDER)
    needs_action = []
    if page.previous_cursor is None:
        needs_action = list(selectors.posts_needing_action(request.user)
                            [:NEEDS_ACTION_SHOWN + 1])
    return render(request, "reviews/my_posts.html", {
        "posts": page.items, "pagination": pagination,
        "needs_action": needs_action[:NEEDS_ACTION_SHOWN],
        "needs_action_more": len(needs_action) > NEEDS_ACTION_SHOWN,
        "can_create": request.user.has_perm("reviews.create_post"),
    })


def _apply_input_error(form, error: InvalidInput) -> None:
    form.add_error(error.field if error.field in form.fields else None, str(error))


@login_required
def new_post(request: HttpRequest) -> HttpResponse:
    if not request.user.has_perm("reviews.create_post"):
        raise PermissionDenied
    form = PostForm(_sent(request))
    if request.method == "POST" and form.is_valid():
        submit = "submit" in request.POST
        try:
            post = services.create_post(author=request.user, submit=submit,
                                        **form.cleaned_data)
        except InvalidInput as error:
            _apply_input_error(form, error)
        else:
            messages.success(request, "Submitted: the checks are running." if submit
                             else "Draft saved.")
            return redirect("post_detail", post.pk)
    return render(request, "reviews/post_form.html", {"form": form, "post": None})


@login_required
def edit_post(request: HttpRequest, post_id: int) -> HttpResponse:
    post = selectors.get_post_for_user(request.user, post_id)
    if not request.user.has_perm("reviews.edit_post", post):
        messages.info(request, "This post cannot be edited now: "
                               f"it is {post.get_status_display().lower()}.")
        return redirect("post_detail", post.pk)
    form = PostForm(_sent(request), initial={"platform": post.platform, "text": post.text})
    if request.method == "POST" and form.is_valid():
        try:
            services.update_post(actor=request.user, post_id=post.pk, **form.cleaned_data)
            if "submit" in request.POST:
                services.submit_post(actor=request.user, post_id=post.pk)
        except InvalidInput as error:
            _apply_input_error(form, error)
        except ServiceError as error:
            messages.error(request, str(error))
            return redirect("post_detail", post.pk)
        else:
            messages.success(request, "Submitted: the checks are running."
                             if "submit" in request.POST else "Changes saved.")
            return redirect("post_detail", post.pk)
    return render(request, "reviews/post_form.html", {"form": form, "post": post})


def _run_services(request, post_id: int, action, success: str, **kwargs) -> HttpResponse:
    """Call a service for a POSTed action; a refusal becomes a message on the post page."""
    try:
        action(actor=request.user, post_id=post_id, **kwargs)
    except DraftPost.DoesNotExist:
        raise Http404("No such post.") from None
    except PermissionDenied as denied:
        messages.error(request, str(denied) or "You cannot do that to this post.")
    except ServiceError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, success)
    return redirect("post_detail", post_id)


@login_required
@require_POST
def submit_post(request: HttpRequest, post_id: int) -> HttpResponse:
    return _run_services(request, post_id, services.submit_post,
                         "Submitted: the checks are running.")


@login_required
@require_POST
def rerun_checks(request: HttpRequest, post_id: int) -> HttpResponse:
    return _run_services(request, post_id, services.rerun_checks, "The checks are running again.")


@login_required
@require_POST
def claim_post(request: HttpRequest, post_id: int) -> HttpResponse:
    return _run_services(request, post_id, services.claim_post,
                         "You have claimed this post for 30 minutes.")


@login_required
@require_POST
def release_claim(request: HttpRequest, post_id: int) -> HttpResponse:
    return _run_services(request, post_id, services.release_claim,
                         "The post is back in the queue.")


def _finding_rows(post: DraftPost):
    """Each raised check's findings, numbered in text order, with dismissals."""
    version = post.current_version
    run = getattr(version, "check_run", None) if version else None
    if run is None or run.status != CheckRunStatus.DONE:
        return [], []
    results = list(run.results.select_related("principle_version")
                   .prefetch_related("dismissals__dismissed_by"))
    order = {name: i for i, name in enumerate(CHECK_NAMES)}
    results.sort(key=lambda r: order.get(r.check_name, 99))
    rows = []
    for result in results:
        dismissed = {d.finding_index: d for d in result.dismissals.all()}
        for index, found in enumerate(result.findings):
            rows.append({"result": result, "index": index, "finding": found,
                         "title": CHECK_TITLES.get(result.check_name, result.check_name),
                         "dismissal": dismissed.get(index)})
    rows.sort(key=lambda row: (row["finding"]["start"], order.get(row["result"].check_name)))
    for number, row in enumerate(rows, start=1):
        row["number"] = number
    return results, rows


def _topics(post: DraftPost) -> list[dict]:
    run = getattr(post.current_version, "check_run", None) if post.current_version else None
    return run.topics if run is not None and run.status == CheckRunStatus.DONE else []


def _highlighted(text: str, rows) -> str:
    spans = [(r["finding"]["start"], r["finding"]["end"]) for r in rows]
    parts = []
    for segment in segments(text, spans):
        if not segment.highlighted:
            parts.append(escape(segment.text))
            continue
        numbers = [rows[i]["number"] for i in segment.marks]
        fail = any(rows[i]["result"].outcome == "fail" for i in segment.marks)
        label = ", ".join(str(n) for n in numbers)
        parts.append(f'<mark class="app-mark{" app-mark--fail" if fail else ""}">'
                     f'{escape(segment.text)}<span class="govuk-visually-hidden"> '
                     f'(finding {label})</span></mark><sup aria-hidden="true">[{label}]</sup>')
    return mark_safe("".join(parts))  # every piece of text above is escaped


COMPOSE_URLS = {
    "x": "https://x.com/intent/post?text={}",
    "bluesky": "https://bsky.app/intent/compose?text={}",
    "threads": "https://www.threads.net/intent/post?text={}",
    "linkedin": "https://www.linkedin.com/feed/?shareActive=true&text={}",
}


def compose_url(platform: str, text: str) -> str | None:
    """The platform's own compose page with the text filled in, where it has one."""
    template = COMPOSE_URLS.get(platform)
    return template.format(quote(text, safe="")) if template else None


def _progress_context(post: DraftPost) -> dict:
    run = getattr(post.current_version, "check_run", None) if post.current_version else None
    done = run.results.count() if run else 0
    return {"post": post, "run": run, "checks_done": done, "checks_total": len(CHECK_NAMES)}


def _dismiss_form(result_id: int, index: int, data=None) -> DismissFindingForm:
    """The form that dismisses one finding: each finding's has its own field ids."""
    return DismissFindingForm(data, auto_id=f"dismiss-{result_id}-{index}-%s")


def _detail_context(request: HttpRequest, post: DraftPost, *, error_form=None,
                    dismissing: tuple[int, int] | None = None, **forms) -> dict:
    """Everything the post page shows. ``error_form`` is a form the user sent back with
    errors: it fills the error summary, and takes the place of the blank form of that
    name (``dismissing`` names the finding, for a dismissal's form)."""
    user = request.user
    results, rows = _finding_rows(post)
    for row in rows:
        key = (row["result"].pk, row["index"])
        row["dismiss_form"] = (error_form if key == dismissing
                               else _dismiss_form(*key))
    versions = list(post.versions.all())
    diffs = [(old, new, word_diff(old.text, new.text))
             for old, new in itertools.pairwise(versions)]
    context = {
        "results": results,
        "raised_results": [r for r in results if r.outcome != "pass"],
        "rows": rows,
        "highlighted": _highlighted(post.current_version.text, rows)
        if post.current_version else None,
        "decisions": list(post.decisions.select_related("decided_by", "version")),
        "versions": versions,
        "diffs": diffs,
        "events": list(post.events.select_related("actor")),
        "can": {perm: user.has_perm(f"reviews.{perm}", post) for perm in (
            "edit_post", "submit_post", "record_posted", "rerun_checks", "claim_post",
            "decide_post", "dismiss_finding", "coach_cleared_post")},
        "decision_form": forms.get("decision_form") or DecisionForm(
            initial={"version": post.current_version.number} if post.current_version else None),
        "live_url_form": forms.get("live_url_form") or LiveUrlForm(),
        "coach_form": forms.get("coach_form") or CoachForm(auto_id="coach-%s"),
        "error_form": error_form,
        "compose_url": compose_url(post.current_version.platform, post.current_version.text)
        if post.current_version else None,
        "claimed_by_other": bool(post.claimed_by_id and post.claimed_by_id != user.pk),
        "topics": _topics(post),
        "election_period": election_period_for(post.department_id),
        **_progress_context(post),
    }
    if post.waiting_since:
        context["age_hours"] = working_hours_between(post.waiting_since)
        context["target_hours"] = post.department.target_turnaround_hours
    return context


@login_required
def post_detail(request: HttpRequest, post_id: int) -> HttpResponse:
    post = selectors.get_post_for_user(request.user, post_id)
    return render(request, "reviews/post_detail.html", _detail_context(request, post))


@login_required
def post_progress(request: HttpRequest, post_id: int) -> HttpResponse:
    """The live progress panel, polled by htmx while the checks run.

    Once they have finished (or failed), the answer says so in the panel, which sits in
    a live region, and brings the rest of the page up to date around it: a reload
    would throw the live region away before a screen reader could announce the news.
    """
    post = selectors.get_post_for_user(request.user, post_id)
    context = _progress_context(post)
    run = context["run"]
    finished = post.status != PostStatus.CHECKING or (
        run is not None and run.status == CheckRunStatus.FAILED)
    if finished and request.htmx:
        return render(request, "reviews/partials/progress_finished.html",
                      _detail_context(request, post))
    return render(request, "reviews/partials/progress.html", context)


def _form_service(request, post, form, service, success: str, form_name: str, *,
                  permission: str, refusal: str, done_url: str | None = None) -> HttpResponse:
    """Validate a form, call a service with its data, or show the errors on the post page.

    The post page shows the form only to someone who may send it: anyone else who
    sends it with errors (a page left open while the post moved on, a forged request)
    is told they cannot, rather than shown errors for a form that is not on the page.
    """
    if not form.is_valid() and not request.user.has_perm(permission, post):
        messages.error(request, refusal)
        return redirect("post_detail", post.pk)
    if form.is_valid():
        try:
            service(actor=request.user, post_id=post.pk, **form.cleaned_data)
        except InvalidInput as error:
            _apply_input_error(form, error)
        except PermissionDenied as denied:
            messages.error(request, str(denied) or "You cannot do that to this post.")
            return redirect("post_detail", post.pk)
        except ServiceError as error:
            messages.error(request, str(error))
            return redirect("post_detail", post.pk)
        else:
            messages.success(request, success)
            return redirect(done_url or reverse("post_detail", args=[post.pk]))
    return _post_page_with_errors(request, post.pk, form, **{form_name: form})


def _post_page_with_errors(request, post_id: int, form, **forms) -> HttpResponse:
    """The post page again, with the form the user sent and its errors summarised."""
    post = selectors.get_post_for_user(request.user, post_id)
    context = _detail_context(request, post, error_form=form, **forms)
    return render(request, "reviews/post_detail.html", context, status=400)


@login_required
@require_POST
def decide_post(request: HttpRequest, post_id: int) -> HttpResponse:
    post = selectors.get_post_for_user(request.user, post_id)
    return _form_service(request, post, DecisionForm(request.POST), services.record_decision,
                         "Decision recorded: the author has been told.", "decision_form",
                         permission="reviews.decide_post",
                         refusal="You cannot decide this post: it is not awaiting your "
                                 "review. Nothing was saved.",
                         done_url=reverse("queue"))


@login_required
@require_POST
def record_posted(request: HttpRequest, post_id: int) -> HttpResponse:
    post = selectors.get_post_for_user(request.user, post_id)
    return _form_service(request, post, LiveUrlForm(request.POST), services.record_posted,
                         "Recorded: thank you for posting within the guidelines.",
                         "live_url_form", permission="reviews.record_posted",
                         refusal="Only the author of an approved post can record where it "
                                 "went live. Nothing was saved.")


@login_required
@require_POST
def dismiss_finding(request: HttpRequest, result_id: int, index: int) -> HttpResponse:
    form = _dismiss_form(result_id, index, request.POST)
    result = selectors.get_check_result_for_user(request.user, result_id)
    post = result.run.version.post
    post_id = post.pk
    if not 0 <= index < len(result.findings):
        raise Http404("No such finding.")
    if not form.is_valid():
        if (post.current_version_id == result.run.version_id
                and request.user.has_perm("reviews.dismiss_finding", post)):
            return _post_page_with_errors(request, post_id, form,
                                          dismissing=(result_id, index))
        messages.error(request, "This finding can no longer be dismissed.")
        return redirect("post_detail", post_id)
    try:
        services.dismiss_finding(actor=request.user, result_id=result_id, finding_index=index,
                                 reason=form.cleaned_data["reason"])
    except InvalidInput as error:
        if error.field != "reason":
            raise Http404("No such finding.") from None
        form.add_error("reason", str(error))
        return _post_page_with_errors(request, post_id, form, dismissing=(result_id, index))
    except (PermissionDenied, ServiceError) as error:
        messages.error(request, str(error) or "You cannot dismiss this finding.")
    else:
        messages.success(request, "Finding dismissed as a false alarm.")
    return redirect("post_detail", post_id)


# The queue's false-alarm counts cover the dashboard's window: recent judgements are the
# ones that say how the checks behave now.
DISMISSALS_WEEKS = dashboard_figures.WEEKS


@login_required
def queue(request: HttpRequest) -> HttpResponse:
    if not request.user.has_perm("reviews.view_queue"):
        raise PermissionDenied
    departments = list(selectors.departments_reviewed_by(request.user))
    form = QueueFilterForm(request.GET or None, departments=departments)
    filters = selectors.QueueFilters()
    if form.is_valid():
        data = form.cleaned_data
        filters = selectors.QueueFilters(
            department=int(data["department"]) if data["department"] else None,
            platform=data["platform"] or None,
            raised_check=data["raised"] or None,
            older_than_hours=int(data["older_than"]) if data["older_than"] else None,
        )
    page, pagination = _page_of(request, selectors.review_queue(request.user, filters),
                                selectors.QUEUE_ORDER)
    now = timezone.now()
    overdue_after = selectors.overdue_after(departments, now)
    for post in page.items:
        post.age_hours = working_hours_between(post.waiting_since, now)
        post.overdue = post.waiting_since < overdue_after[post.department_id]
    return render(request, "reviews/queue.html", {
        "form": form, "posts": page.items, "pagination": pagination,
        "counts": selectors.queue_counts(request.user, overdue_after, now), "now": now,
        "election_periods": election_periods_for_user(request.user),
        "dismissals": [(CHECK_TITLES[name], count) for name, count in
                       sorted(selectors.dismissals_by_check(
                           request.user, since=now - timedelta(weeks=DISMISSALS_WEEKS)).items())],
        "dismissals_weeks": DISMISSALS_WEEKS,
    })


def _is_api(request: HttpRequest) -> bool:
    return request.path.startswith("/api/")


def not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    if _is_api(request):
        return JsonResponse({"error": "not_found", "detail": "There is nothing at this "
                                                             "address."}, status=404)
    return render(request, "404.html", status=404)


def bad_request(request: HttpRequest, exception: Exception) -> HttpResponse:
    """A request Django would not read: too large, too many fields, a broken multipart
    body. Raised before any view ran, so nothing was saved."""
    if isinstance(exception, RequestDataTooBig):
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE / (1024 * 1024)
        code, problem = "too_large", (f"It is too large: GovSocial takes up to {limit:.1f} MB "
                                      "at a time.")
    elif isinstance(exception, UnreadableAddress):
        code, problem = "bad_address", str(exception)
    else:
        code, problem = "bad_request", "It arrived damaged or incomplete."
    if _is_api(request):
        return JsonResponse({"error": code, "detail": f"{problem} Nothing was saved."},
                            status=400)
    return render(request, "400.html", {"problem": problem}, status=400)


def server_error(request: HttpRequest) -> HttpResponse:
    if _is_api(request):
        return JsonResponse({"error": "server_error", "detail": "Something went wrong on "
                             "our side; nothing was changed. Try again later."}, status=500)
    return render(request, "500.html", status=500)


@login_required
@require_POST
def coach_cleared_post(request: HttpRequest, post_id: int) -> HttpResponse:
    post = selectors.get_post_for_user(request.user, post_id)
    return _form_service(request, post, CoachForm(request.POST, auto_id="coach-%s"),
                         services.coach_after_clearance, "Coaching sent to the author.",
                         "coach_form", permission="reviews.coach_cleared_post",
                         refusal="You cannot coach on this post: only a mentor of its "
                                 "department can, once it was cleared automatically. Nothing "
                                 "was saved.")


@login_required
def cleared_posts(request: HttpRequest) -> HttpResponse:
    """Posts cleared automatically in the mentor's departments, for review afterwards."""
    if not request.user.has_perm("reviews.view_queue"):
        raise PermissionDenied
    page, pagination = _page_of(request, selectors.cleared_automatically(request.user),
                                selectors.CLEARED_ORDER)
    return render(request, "reviews/cleared.html", {"posts": page.items,
                                                    "pagination": pagination})


@login_required
def learning_record_view(request: HttpRequest, user_id: int | None = None) -> HttpResponse:
    official = selectors.get_person_for_user(request.user, user_id or request.user.pk)
    # The current level starts chosen, as GOV.UK forms show the answer already given.
    form = DiscretionForm(_sent(request),
                          initial={"level": getattr(getattr(official, "profile", None),
                                                    "discretion_level", 0)})
    can_set = request.user.has_perm("reviews.set_discretion", official)
    if request.method == "POST":
        if not can_set:
            raise PermissionDenied
        if form.is_valid():
            try:
                services.set_discretion_level(actor=request.user, official_id=official.pk,
                                              **form.cleaned_data)
            except InvalidInput as error:
                _apply_input_error(form, error)
            else:
                messages.success(request, "Discretion level changed.")
                return redirect("learning_record", official.pk)
    return render(request, "reviews/learning_record.html", {
        "record": learning_record(official), "form": form, "can_set": can_set,
        "checklist": starting_out_checklist(official),
        "is_self": official.pk == request.user.pk})


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    """Evaluation figures for the press office and admins; ?csv=<table> downloads one."""
    if not request.user.has_perm("reviews.view_queue"):
        raise PermissionDenied
    tables = dashboard_figures.build(request.user)
    wanted = request.GET.get("csv")
    if wanted:
        table = tables.get(wanted)
        if table is None:
            raise Http404("No such table.")
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="govsocial-{table.slug}.csv"'
        writer = csv.writer(response)
        writer.writerow(table.headers)
        writer.writerows(table.rows)
        return response
    charts = {}
    for slug, column in (("volume", 1), ("backlog", 3)):
        rows = tables[slug].rows
        top = max((row[column] for row in rows), default=0) or 1
        # Widths in steps of 5%, as classes: the CSP allows no inline styles.
        charts[slug] = [(row[0], row[column], 5 * round(20 * row[column] / top))
                        for row in rows]
    return render(request, "reviews/dashboard.html", {"tables": tables, "charts": charts})
