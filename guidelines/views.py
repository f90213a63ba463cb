"""Pages for reading the guidance, and for admins to edit it and tune the checks."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from govsocial.text_diff import word_diff
from guidelines import selectors, services
from guidelines.forms import (
    CheckSettingForm,
    PageForm,
    PrincipleForm,
    VersionForm,
    examples_to_text,
)
from guidelines.markdown import render_markdown
from guidelines.models import CheckSetting, GuidancePage, Principle
from reviews.checks.engine import CHECKS, default_config
from reviews.forms import CHECK_TITLES
from reviews.services.errors import InvalidInput

KINDS = {"page": (GuidancePage, PageForm), "principle": (Principle, PrincipleForm)}


def _require(request: HttpRequest, permission: str) -> None:
    if not request.user.has_perm(permission):
        raise PermissionDenied


@login_required
def guidance_index(request: HttpRequest) -> HttpResponse:
    drafts = request.user.has_perm("guidelines.view_draft_guidance")
    return render(request, "guidelines/index.html", {
        "pages": selectors.guidance_pages(include_drafts=drafts),
        "principles": selectors.principles(),
    })


@login_required
def search(request: HttpRequest) -> HttpResponse:
    query = (request.GET.get("q") or "").strip()[:200]
    drafts = request.user.has_perm("guidelines.view_draft_guidance")
    hits = selectors.search_guidance(query, include_drafts=drafts) if query else []
    return render(request, "guidelines/search.html", {"query": query, "hits": hits})


@login_required
def guidance_page(request: HttpRequest, slug: str) -> HttpResponse:
    drafts = request.user.has_perm("guidelines.view_draft_guidance")
    page = get_object_or_404(selectors.guidance_pages(include_drafts=drafts), slug=slug)
    acknowledged = page.acknowledgements.filter(user=request.user,
                                                created__gte=page.updated).exists()
    return render(request, "guidelines/page.html", {
        "page": page, "body": render_markdown(page.body), "acknowledged": acknowledged})


@login_required
@require_POST
def acknowledge(request: HttpRequest, slug: str) -> HttpResponse:
    page = get_object_or_404(selectors.guidance_pages(), slug=slug)
    services.acknowledge_page(page, user=request.user)
    messages.success(request, f"Thanks: “{page.title}” is ticked off in your learning record.")
    return redirect(page.get_absolute_url())


@login_required
def principle_detail(request: HttpRequest, slug: str) -> HttpResponse:
    """A principle as it stands, or (?version=) as it stood when a finding cited it."""
    principle = get_object_or_404(Principle, slug=slug)
    shown, as_of = principle, None
    if request.GET.get("version"):
        version = VersionForm(request.GET)
        if not version.is_valid():
            raise Http404
        shown = principle.history.filter(history_id=version.cleaned_data["version"]).first()
        if shown is None:
            raise Http404
        newest = principle.history.order_by("-history_date", "-history_id").first()
        as_of = None if newest and newest.history_id == shown.history_id else shown.history_date
    return render(request, "guidelines/principle.html", {
        "principle": principle, "shown": shown, "as_of": as_of,
        "body": render_markdown(shown.body),
        "check_title": CHECK_TITLES.get(shown.check_name, ""),
    })


# --- Editing ------------------------------------------------------------------------

@login_required
def manage(request: HttpRequest) -> HttpResponse:
    _require(request, "guidelines.edit_guidance")
    settings_by_check = {s.check_name: s for s in CheckSetting.objects.all()}
    defaults = default_config()["checks"]
    checks = []
    for name in CHECKS:
        overrides = settings_by_check[name].overrides if name in settings_by_check else {}
        config = {**defaults[name], **overrides}
        checks.append({"name": name, "title": CHECK_TITLES[name], "enabled": config["enabled"],
                       "severity": config["severity"], "changed": sorted(overrides)})
    return render(request, "guidelines/manage.html", {
        "pages": selectors.guidance_pages(include_drafts=True),
        "principles": selectors.principles(), "checks": checks,
    })


def _initial(kind: str, instance) -> dict:
    initial = {"title": instance.title, "summary": instance.summary, "order": instance.order,
               "body": instance.body}
    if kind == "page":
        initial["status"] = instance.status
    else:
        initial.update(check_name=instance.check_name,
                       good_examples=examples_to_text(instance.good_examples),
                       bad_examples=examples_to_text(instance.bad_examples))
    return initial


@login_required
def edit_guidance(request: HttpRequest, kind: str, slug: str | None = None) -> HttpResponse:
    """Create or edit a page or principle; "Preview" shows the rendered text unsaved."""
    _require(request, "guidelines.edit_guidance")
    if kind not in KINDS:
        raise Http404
    model, form_class = KINDS[kind]
    instance = get_object_or_404(model, slug=slug) if slug else model()
    creating = slug is None
    preview = None
    if request.method == "POST":
        form = form_class(request.POST, creating=creating)
        if form.is_valid():
            fields = {k: v for k, v in form.cleaned_data.items() if k != "change_note"}
            if "preview" in request.POST:
                preview = render_markdown(fields["body"])
            elif creating and model.objects.filter(slug=fields["slug"]).exists():
                form.add_error("slug", "That web address is taken: choose another.")
            else:
                try:
                    saved = services.save_guidance(instance, fields, user=request.user,
                                                   note=form.cleaned_data["change_note"])
                except InvalidInput as error:
                    form.add_error(error.field, str(error))
                else:
                    messages.success(request, f"Saved “{saved.title}”.")
                    return redirect(saved.get_absolute_url())
    else:
        form = form_class(initial=_initial(kind, instance) if not creating else
                          {"status": "draft"}, creating=creating)
    return render(request, "guidelines/edit.html", {
        "form": form, "kind": kind, "instance": instance, "creating": creating,
        "preview": preview})


@login_required
def guidance_history(request: HttpRequest, kind: str, slug: str) -> HttpResponse:
    """Every version of a page or principle, a diff between any two, and restore."""
    _require(request, "guidelines.edit_guidance")
    if kind not in KINDS:
        raise Http404
    instance = get_object_or_404(KINDS[kind][0], slug=slug)
    versions = selectors.versions_of(instance)
    by_id = {str(v.history_id): v for v in versions}
    older = by_id.get(request.GET.get("from", ""))
    newer = by_id.get(request.GET.get("to", ""))
    if older is None and len(versions) > 1:
        older, newer = versions[-2], versions[-1]
    diffs = []
    if older and newer:
        for field in ("title", "summary", "body"):
            before, after = getattr(older, field), getattr(newer, field)
            if before != after:
                diffs.append((field.capitalize(), word_diff(before or "", after or "")))
    return render(request, "guidelines/history.html", {
        "kind": kind, "instance": instance, "versions": list(reversed(versions)),
        "older": older, "newer": newer, "diffs": diffs})


@login_required
@require_POST
def restore_guidance(request: HttpRequest, kind: str, slug: str) -> HttpResponse:
    _require(request, "guidelines.edit_guidance")
    if kind not in KINDS:
        raise Http404
    instance = get_object_or_404(KINDS[kind][0], slug=slug)
    version = VersionForm(request.POST)
    if not version.is_valid():
        messages.error(request, "Choose a version to restore.")
        return redirect("guidance_history", kind=kind, slug=slug)
    try:
        services.restore_guidance_version(instance, version.cleaned_data["version"],
                                          user=request.user)
    except InvalidInput as error:
        messages.error(request, str(error))
    else:
        messages.success(request, "Restored: the old text is now the newest version.")
    return redirect("guidance_history", kind=kind, slug=slug)


@login_required
def edit_check(request: HttpRequest, check_name: str) -> HttpResponse:
    _require(request, "guidelines.tune_checks")
    if check_name not in CHECKS:
        raise Http404
    setting = CheckSetting.objects.filter(check_name=check_name).first()
    current = {**CHECKS[check_name].DEFAULTS, **(setting.overrides if setting else {})}
    if request.method == "POST":
        form = CheckSettingForm(check_name, current, request.POST)
        if form.is_valid():
            try:
                services.save_check_setting(check_name, form.overrides(), user=request.user,
                                            note=form.cleaned_data["change_note"])
            except InvalidInput as error:
                form.add_error(error.field if error.field in form.fields else None, str(error))
            else:
                messages.success(request, f"Saved the {CHECK_TITLES[check_name]} check: the "
                                          "next check run uses it.")
                return redirect("manage_guidance")
    else:
        form = CheckSettingForm(check_name, current)
    history = list(setting.history.select_related("history_user")[:20]) if setting else []
    return render(request, "guidelines/edit_check.html", {
        "form": form, "check_name": check_name, "title": CHECK_TITLES[check_name],
        "history": history})
