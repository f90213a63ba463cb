"""Load the demo: three departments, their people, and posts in every state.

Safe to run more than once: people are created once, and posts only into an empty
database. Every demo sign-in uses the password govsocial-demo.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from govsocial.celery import app as celery_app
from guidelines.models import SensitiveTopic
from reviews import services
from reviews.models import Department, DraftPost, Profile, Role

# A documented demo credential, for local use only.
DEMO_PASSWORD = "govsocial-demo"

DEPARTMENTS = [
    ("Department for Education", "DfE",
     ["school funding", "teacher workload", "SEND", "apprenticeships", "Ofsted"]),
    ("Department for Transport", "DfT",
     ["rail fares", "bus services", "road safety", "active travel"]),
    ("Environment Agency", "EA", ["flood risk", "water quality", "drought", "permits"]),
]

# username, first, last, role, department short name, job title, account bio, mentors of
PEOPLE = [
    ("official", "Priya", "Shah", Role.OFFICIAL, "DfE", "Policy adviser, teacher workload",
     "Runner, reader, terrible gardener. Views my own.", []),
    ("official2", "Tom", "Baker", Role.OFFICIAL, "DfE", "Apprenticeships policy lead",
     "Apprenticeships policy @educationgovuk. Views my own.", []),
    ("mentor", "Grace", "Adeyemi", Role.PRESS_OFFICER, "DfE", "Senior press officer",
     "Press office, Department for Education.", ["DfE", "EA"]),
    ("official3", "Owen", "Pritchard", Role.OFFICIAL, "DfT", "Rail fares policy adviser",
     "Trains, obviously. Also cats.", []),
    ("mentor3", "Helen", "Morgan", Role.PRESS_OFFICER, "DfT", "Digital press officer",
     "Press office, Department for Transport.", ["DfT"]),
    ("official4", "Rhys", "Evans", Role.OFFICIAL, "EA", "Flood risk manager, Yorkshire",
     "Flood risk manager at the Environment Agency. Views my own.", []),
    ("admin", "Sam", "Okafor", Role.ADMIN, None, "GovSocial administrator", "", []),
]


SENSITIVE_TOPICS = [
    ("industrial action", ["strike", "strikes", "industrial action", "picket line", "walkout"],
     "Disputes between staff and employers are reported closely, and a post by an official "
     "can read as the department taking a side."),
    ("flooding emergencies", ["flood warning", "evacuation", "evacuate", "severe flood"],
     "People may act on what you say during an emergency: point to the official warnings "
     "rather than describing them yourself."),
]


def admins_group() -> Group:
    """Staff who manage GovSocial in the admin site.

    Not superusers: Django lets a superuser past every permission, and even an admin
    must not review their own post.
    """
    group, _ = Group.objects.get_or_create(name="GovSocial admins")
    group.permissions.set(Permission.objects.filter(
        content_type__app_label__in=["reviews", "guidelines", "auth"]))
    return group


class Command(BaseCommand):
    help = "Load demo departments, people and posts (password: govsocial-demo)."

    def handle(self, *args, **options):
        call_command("seed_guidance", stdout=self.stdout)
        with transaction.atomic():
            people = self.create_people()
            for name, keywords, why in SENSITIVE_TOPICS:
                SensitiveTopic.objects.get_or_create(
                    name=name, defaults={"keywords": "\n".join(keywords), "why": why})
        if DraftPost.objects.exists():
            self.stdout.write("Demo posts already loaded.")
        else:
            self.create_posts(people)
        self.stdout.write(f"Demo ready. Sign in as official, official2, mentor, official3, "
                          f"mentor3, official4 or admin; password: {DEMO_PASSWORD}")

    def create_people(self) -> dict:
        departments = {}
        for name, short, areas in DEPARTMENTS:
            departments[short], _ = Department.objects.get_or_create(
                short_name=short, defaults={"name": name, "policy_areas": areas})
        people = {}
        user_model = get_user_model()
        for username, first, last, role, dept, title, bio, mentors_of in PEOPLE:
            user, created = user_model.objects.get_or_create(
                username=username,
                defaults={"first_name": first, "last_name": last,
                          "email": f"{username}@example.gov.uk",
                          "is_staff": role == Role.ADMIN})
            if created:
                user.set_password(DEMO_PASSWORD)
                user.save(update_fields=["password"])
            Profile.objects.update_or_create(user=user, defaults={
                "role": role, "department": departments.get(dept), "job_title": title,
                "account_bio": bio})
            for short in mentors_of:
                departments[short].mentors.add(user)
            if role == Role.ADMIN:
                user.groups.add(admins_group())
            people[username] = user
        return people

    def create_posts(self, people: dict) -> None:
        """Posts in every state, checked by the real engine as they are submitted."""
        official, official2, official3 = people["official"], people["official2"], \
            people["official3"]
        official4, mentor, mentor3 = people["official4"], people["mentor"], people["mentor3"]
        eager = celery_app.conf.task_always_eager
        celery_app.conf.task_always_eager = True
        try:
            services.create_post(author=official, platform="x", text=(
                "Thinking about how we cut marking time for teachers – anyone got a "
                "workload trick that actually works?"))
            for author, platform, text in [
                (official, "x", "Big news for teachers coming next week 👀 can't say more "
                                "yet but the workload review lands Thursday!"),
                (official2, "linkedin", "Published today on GOV.UK: the apprenticeship "
                                        "funding rules for 2026. Worth ten minutes if you "
                                        "employ apprentices: https://www.gov.uk/guidance/"
                                        "apprenticeship-funding-rules"),
                (official3, "x", "Yet ANOTHER lazy article about rail fares. Do some "
                                 "research!!! The cap was never going to be scrapped."),
                (official4, "bluesky", "River levels on the Ouse are dropping. Thanks to "
                                       "everyone who helped at the Tadcaster rest centre."),
            ]:
                services.create_post(author=author, platform=platform, text=text, submit=True)

            approved = services.create_post(author=official2, platform="x", submit=True, text=(
                "Apprenticeship starts data for the autumn is out today – "
                "https://www.gov.uk/government/statistics/apprenticeships"))
            services.record_decision(actor=mentor, post_id=approved.pk, outcome="approve",
                                     version=1)
            posted = services.create_post(author=official4, platform="x", submit=True, text=(
                "Flood warnings are in force for parts of Yorkshire. Check yours at "
                "https://check-for-flooding.service.gov.uk"))
            services.record_decision(actor=mentor, post_id=posted.pk, outcome="approve",
                                     version=1)
            services.record_posted(actor=official4, post_id=posted.pk,
                                   live_url="https://x.com/example/status/1")
            returned = services.create_post(author=official, platform="x", submit=True, text=(
                "Our school funding formula is fairer than the critics say – read the "
                "detail before shouting."))
            services.record_decision(
                actor=mentor, post_id=returned.pk, outcome="return", version=1,
                notes="Good instinct to correct this. Say who you work for (add 'I work on "
                      "school funding at DfE'), drop 'before shouting', and link the "
                      "published formula.")
            edited = services.create_post(author=official3, platform="x", submit=True, text=(
                "Fares will rise 4.6% in March, decision made last night."))
            services.record_decision(
                actor=mentor3, post_id=edited.pk, outcome="return", version=1,
                notes="This pre-empts the fares announcement: leave it to the press office.")
            services.update_post(actor=official3, post_id=edited.pk, platform="x", text=(
                "Fares questions? The current fares and railcards are explained here: "
                "https://www.gov.uk/government/collections/rail-fares"))
            rejected = services.create_post(author=official2, platform="x", submit=True, text=(
                "We will announce £40m for new apprenticeships on Monday – you heard it "
                "here first!"))
            services.record_decision(
                actor=mentor, post_id=rejected.pk, outcome="reject", version=1,
                notes="This is an announcement: the press office will handle it on Monday.")
            failed = services.create_post(author=official4, platform="x", submit=True, text=(
                "Drought permits update: applications are open as usual."))
        finally:
            celery_app.conf.task_always_eager = eager
        run = failed.current_version.check_run
        # The demo shows what a failed run looks like and how to re-run it.
        run.results.all().delete()
        run.status = "running"
        run.save(update_fields=["status"])
        failed.status, failed.waiting_since = "checking", None
        failed.save(update_fields=["status", "waiting_since"])
        services.mark_check_run_failed(run.pk, "Demo: the worker was stopped mid-run.")
