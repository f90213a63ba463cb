"""Who may read and edit the guidance and tune the checks."""

from __future__ import annotations

import rules

from reviews.rules import is_admin

can_manage_guidance = is_admin

rules.add_perm("guidelines.view_guidance", rules.is_authenticated)
rules.add_perm("guidelines.view_draft_guidance", can_manage_guidance)
rules.add_perm("guidelines.edit_guidance", can_manage_guidance)
rules.add_perm("guidelines.tune_checks", can_manage_guidance)
