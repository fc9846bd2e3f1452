# Organization "coder" as Terraform configuration for the coder/coderd provider.
# Written by the Coder admin dashboard from what the server reported. The import blocks adopt
# the existing objects rather than create new ones; read `terraform plan` before applying.

terraform {
  required_version = ">= 1.5.0"
  required_providers {
    coderd = {
      source  = "coder/coderd"
      version = "~> 0.0.12"
    }
  }
}

provider "coderd" {
  # url and token come from CODER_URL and CODER_SESSION_TOKEN.
}

# --- Organization ---
# The default organization: every new user joins it, and Coder refuses to delete it.
resource "coderd_organization" "coder" {
  name         = "coder"
  display_name = "Coder"
  description  = "The default organization."

  # Role sync: IdP claim value → organization roles.
  role_sync {
    field = "roles"
    mapping = {
      "admin" = ["organization-admin"]
      "lead"  = ["organization-user-admin"]
    }
  }

  # org_sync_idp_groups is left unmanaged: which claims give membership of this organization
  # belongs to the deployment-wide organization sync (coderd_organization_sync_settings).
}

import {
  to = coderd_organization.coder
  id = "coder"
}

# --- Group sync ---
# IdP claim value → groups.
resource "coderd_organization_group_sync" "coder" {
  organization_id     = coderd_organization.coder.id
  field               = "groups"
  regex_filter        = "^eng-"
  auto_create_missing = false
  mapping = {
    "eng-data"     = [coderd_group.data_science.id]
    "eng-frontend" = [coderd_group.frontend.id]
    # "sre-oncall" was created by IdP sync, so it is referred to by id
    "eng-sre" = ["9608e6d2-e0d1-424e-8738-1800b5e4b2d5"]
  }
}

import {
  to = coderd_organization_group_sync.coder
  id = "0b8e2f52-1d6c-4c8e-9a57-5c3d51e0a001"
}

# --- Group members, looked up by username ---
data "coderd_user" "admin" {
  username = "admin"
}

data "coderd_user" "alice" {
  username = "alice"
}

data "coderd_user" "amyaham" {
  username = "amyaham"
}

data "coderd_user" "anibalwae" {
  username = "anibalwae"
}

data "coderd_user" "arlenesch" {
  username = "arlenesch"
}

data "coderd_user" "arnaldotre" {
  username = "arnaldotre"
}

data "coderd_user" "ashahaa" {
  username = "ashahaa"
}

data "coderd_user" "carol" {
  username = "carol"
}

data "coderd_user" "ci_bot" {
  username = "ci-bot"
}

data "coderd_user" "clintonlit" {
  username = "clintonlit"
}

data "coderd_user" "cristalcol" {
  username = "cristalcol"
}

data "coderd_user" "dasiajas" {
  username = "dasiajas"
}

data "coderd_user" "elvakoh" {
  username = "elvakoh"
}

data "coderd_user" "erlingmra" {
  username = "erlingmra"
}

data "coderd_user" "faustinoboy" {
  username = "faustinoboy"
}

data "coderd_user" "hershelcar" {
  username = "hershelcar"
}

data "coderd_user" "jarvisdac" {
  username = "jarvisdac"
}

data "coderd_user" "jesusfad" {
  username = "jesusfad"
}

data "coderd_user" "juniushel" {
  username = "juniushel"
}

data "coderd_user" "karinacon" {
  username = "karinacon"
}

data "coderd_user" "kristianlin" {
  username = "kristianlin"
}

data "coderd_user" "margaritasta" {
  username = "margaritasta"
}

data "coderd_user" "maynardhag" {
  username = "maynardhag"
}

data "coderd_user" "nicklauskie" {
  username = "nicklauskie"
}

data "coderd_user" "nicomay" {
  username = "nicomay"
}

data "coderd_user" "noelzbo" {
  username = "noelzbo"
}

data "coderd_user" "orvillefun" {
  username = "orvillefun"
}

data "coderd_user" "rogeliodub" {
  username = "rogeliodub"
}

data "coderd_user" "stevefun" {
  username = "stevefun"
}

data "coderd_user" "suspended" {
  username = "suspended"
}

data "coderd_user" "traceymcd" {
  username = "traceymcd"
}

data "coderd_user" "yolandazie" {
  username = "yolandazie"
}

# --- Groups ---

resource "coderd_group" "everyone" {
  organization_id = coderd_organization.coder.id
  name            = "Everyone"
  quota_allowance = 0
  # Every member of the organization is in Everyone: its members are not managed here.
}

import {
  to = coderd_group.everyone
  id = "0b8e2f52-1d6c-4c8e-9a57-5c3d51e0a001"
}

resource "coderd_group" "backend" {
  organization_id = coderd_organization.coder.id
  name            = "backend"
  display_name    = "Backend"
  quota_allowance = 50
  members = [
    data.coderd_user.alice.id,
    data.coderd_user.anibalwae.id,
    data.coderd_user.arlenesch.id,
    data.coderd_user.carol.id,
    data.coderd_user.cristalcol.id,
    data.coderd_user.elvakoh.id,
    data.coderd_user.hershelcar.id,
    data.coderd_user.jesusfad.id,
    data.coderd_user.kristianlin.id,
    data.coderd_user.margaritasta.id,
    data.coderd_user.maynardhag.id,
    data.coderd_user.nicomay.id,
    data.coderd_user.noelzbo.id,
    data.coderd_user.rogeliodub.id,
    data.coderd_user.stevefun.id,
    data.coderd_user.yolandazie.id,
  ]
}

import {
  to = coderd_group.backend
  id = "ec52407c-0de4-4834-a6fd-482cc2402b5a"
}

resource "coderd_group" "contractors" {
  organization_id = coderd_organization.coder.id
  name            = "contractors"
  display_name    = "Contractors"
  quota_allowance = 0
  members = [
    data.coderd_user.amyaham.id,
    data.coderd_user.ci_bot.id,
    data.coderd_user.clintonlit.id,
    data.coderd_user.faustinoboy.id,
    data.coderd_user.nicklauskie.id,
  ]
}

import {
  to = coderd_group.contractors
  id = "4974f90e-4ecb-4db1-b5ff-fa5a72ae3724"
}

resource "coderd_group" "data_science" {
  organization_id = coderd_organization.coder.id
  name            = "data-science"
  display_name    = "Data Science"
  quota_allowance = 0
  members = [
    data.coderd_user.amyaham.id,
    data.coderd_user.ashahaa.id,
    data.coderd_user.erlingmra.id,
    data.coderd_user.jarvisdac.id,
    data.coderd_user.margaritasta.id,
    data.coderd_user.nicomay.id,
    data.coderd_user.orvillefun.id,
    data.coderd_user.yolandazie.id,
  ]
}

import {
  to = coderd_group.data_science
  id = "c6a0b97d-be05-4072-a830-b966883609c4"
}

resource "coderd_group" "frontend" {
  organization_id = coderd_organization.coder.id
  name            = "frontend"
  display_name    = "Frontend"
  quota_allowance = 50
  members = [
    data.coderd_user.admin.id,
    data.coderd_user.alice.id,
    data.coderd_user.arlenesch.id,
    data.coderd_user.arnaldotre.id,
    data.coderd_user.clintonlit.id,
    data.coderd_user.cristalcol.id,
    data.coderd_user.dasiajas.id,
    data.coderd_user.juniushel.id,
    data.coderd_user.karinacon.id,
    data.coderd_user.rogeliodub.id,
    data.coderd_user.stevefun.id,
    data.coderd_user.suspended.id,
    data.coderd_user.traceymcd.id,
  ]
}

import {
  to = coderd_group.frontend
  id = "b9de304b-7b75-4993-a240-e1539b171729"
}

# Created by IdP group sync, so the provider cannot import them; their members follow the IdP:
#   "sre-oncall" (8 members)

# --- Custom roles ---
# The coderd provider (v0.0.12) has no resource for custom roles, so they are not
# managed by this file. They are listed here so nothing is lost; create them on the Roles tab.
#
# "workspace-viewer" ("Workspace viewer")
#   allow workspace:read in the organization
