"""Create the demo sign-ins (idempotent): every one uses the password govsocial-demo."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction

DEMO_PASSWORD = "govsocial-demo"
DEMO_USERS = [
    # username, first name, last name, is admin
    ("official", "Priya", "Shah", False),
    ("official2", "Tom", "Baker", False),
    ("mentor", "Grace", "Adeyemi", False),
    ("official3", "Owen", "Pritchard", False),
    ("mentor3", "Helen", "Morgan", False),
    ("admin", "Sam", "Admin", True),
]


class Command(BaseCommand):
    help = "Create the demo sign-ins (password: govsocial-demo). Safe to run more than once."

    @transaction.atomic
    def handle(self, *args, **options):
        user_model = get_user_model()
        created = 0
        for username, first, last, is_admin in DEMO_USERS:
            user, was_created = user_model.objects.get_or_create(
                username=username,
                defaults={"first_name": first, "last_name": last,
                          "email": f"{username}@example.gov.uk",
                          "is_staff": is_admin, "is_superuser": is_admin},
            )
            if was_created:
                user.set_password(DEMO_PASSWORD)
                user.save(update_fields=["password"])
                created += 1
        self.stdout.write(f"Demo sign-ins ready ({created} created); password: {DEMO_PASSWORD}")
