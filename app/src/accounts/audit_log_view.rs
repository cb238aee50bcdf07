//! `/beheer/logboek`: the audit log for admins, newest first, 50 lines a
//! page. Reading it is itself a line in the log.

use chrono_tz::Europe::Amsterdam;
use entity::{app_user, audit_event};
use leptos::prelude::*;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
};

use super::texts::use_account_texts;
use crate::forms::fields::DataTable;

pub const LINES_PER_PAGE: u64 = 50;

/// One line as the admin sees it.
pub struct LogLine {
    pub at: chrono::DateTime<chrono::Utc>,
    pub actor: Option<String>,
    pub action: String,
    pub subject: String,
    pub detail: String,
}

pub struct LogPage {
    pub lines: Vec<LogLine>,
    pub total: u64,
    /// From 1.
    pub page: u64,
    pub pages: u64,
}

/// Page `page` (from 1) of the log, in two queries and a count.
pub async fn log_page(db: &impl ConnectionTrait, page: u64) -> Result<LogPage, DbErr> {
    let paginator = audit_event::Entity::find()
        .order_by_desc(audit_event::Column::Id)
        .paginate(db, LINES_PER_PAGE);
    let totals = paginator.num_items_and_pages().await?;
    let page = page.clamp(1, totals.number_of_pages.max(1));
    let events = paginator.fetch_page(page - 1).await?;
    let actor_ids: Vec<i32> = events
        .iter()
        .filter_map(|event| event.actor_user_id)
        .collect();
    let names: std::collections::HashMap<i32, String> = app_user::Entity::find()
        .filter(app_user::Column::Id.is_in(actor_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|user| (user.id, user.display_name))
        .collect();
    let lines = events
        .into_iter()
        .map(|event| LogLine {
            at: event.at,
            actor: event
                .actor_user_id
                .map(|id| names.get(&id).cloned().unwrap_or_else(|| format!("#{id}"))),
            action: event.action,
            subject: event.subject,
            detail: event.detail,
        })
        .collect();
    Ok(LogPage {
        lines,
        total: totals.number_of_items,
        page,
        pages: totals.number_of_pages.max(1),
    })
}

#[component]
pub fn AuditLogView(log: LogPage) -> impl IntoView {
    let texts = use_account_texts();
    let rows = log
        .lines
        .into_iter()
        .map(|line| {
            let local = line.at.with_timezone(&Amsterdam);
            view! {
                <tr>
                    <td><time datetime=line.at.to_rfc3339()>{local.format("%d-%m-%Y %H:%M:%S").to_string()}</time></td>
                    <td>{line.actor.unwrap_or_else(|| texts.the_system.to_owned())}</td>
                    <td>{(texts.audit_action)(&line.action)}</td>
                    <td>{line.subject}</td>
                    <td>{line.detail}</td>
                </tr>
            }
        })
        .collect_view();
    let newer = (log.page > 1).then(|| {
        view! { <a href=format!("/beheer/logboek?pagina={}", log.page - 1)>{texts.newer_page}</a> }
    });
    let older = (log.page < log.pages).then(|| {
        view! { <a href=format!("/beheer/logboek?pagina={}", log.page + 1)>{texts.older_page}</a> }
    });
    view! {
        <p class="lead">{texts.audit_log_intro}</p>
        <DataTable
            id="log-caption"
            caption=(texts.audit_log_caption)(log.total)
            columns=vec![
                texts.column_when,
                texts.column_who,
                texts.column_what,
                texts.column_about,
                texts.column_detail,
            ]
        >
            {rows}
        </DataTable>
        <nav class="pager" aria-label=texts.audit_log_link>{newer}" "{older}</nav>
    }
}
