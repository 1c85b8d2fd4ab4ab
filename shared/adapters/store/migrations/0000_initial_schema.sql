CREATE TABLE "consent_events" (
	"tenant_id" text NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "consent_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"phone_number_id" text NOT NULL,
	"contact_id" uuid NOT NULL,
	"thread_id" uuid,
	"type" text NOT NULL,
	"actor_user_id" text,
	"template_name" text,
	"wamid" text,
	"error_code" integer,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consent_events_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "consents" (
	"tenant_id" text NOT NULL,
	"phone_number_id" text NOT NULL,
	"contact_id" uuid NOT NULL,
	"state" text NOT NULL,
	"requested_by" text,
	"first_requested_at" timestamp with time zone,
	"last_requested_at" timestamp with time zone,
	"reminders_sent" integer DEFAULT 0 NOT NULL,
	"granted_at" timestamp with time zone,
	"declined_at" timestamp with time zone,
	"failure_count" integer DEFAULT 0 NOT NULL,
	"failure_code" integer,
	"failure_reason" text,
	"failed_at" timestamp with time zone,
	"retry_at" timestamp with time zone,
	"version" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consents_tenant_id_phone_number_id_contact_id_pk" PRIMARY KEY("tenant_id","phone_number_id","contact_id"),
	CONSTRAINT "consents_state_check" CHECK ("consents"."state" in ('none', 'requested', 'granted', 'declined', 'failed')),
	CONSTRAINT "consents_failure_reason_check" CHECK ("consents"."failure_reason" in ('not_on_whatsapp', 'undeliverable'))
);
--> statement-breakpoint
CREATE TABLE "contacts" (
	"tenant_id" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"display_name" text NOT NULL,
	"phone_e164" text,
	"wa_user_id" text,
	"whatsapp_name" text,
	"email" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contacts_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "events" (
	"tenant_id" text NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"type" text NOT NULL,
	"thread_id" uuid,
	"audience" text[] DEFAULT '{}'::text[] NOT NULL,
	"payload" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "events_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "jobs" (
	"tenant_id" text NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "jobs_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"payload" jsonb NOT NULL,
	"state" text DEFAULT 'queued' NOT NULL,
	"run_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer DEFAULT 8 NOT NULL,
	"last_error" text,
	"dedupe_key" text,
	"locked_by" text,
	"lease_until" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone,
	CONSTRAINT "jobs_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "jobs_state_check" CHECK ("jobs"."state" in ('queued', 'running', 'done', 'dead'))
);
--> statement-breakpoint
CREATE TABLE "messages" (
	"tenant_id" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"thread_id" uuid NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "messages_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"direction" text NOT NULL,
	"kind" text NOT NULL,
	"purpose" text DEFAULT 'chat' NOT NULL,
	"sender_user_id" text,
	"body" text,
	"media" jsonb,
	"template_name" text,
	"template_language" text,
	"template_params" jsonb,
	"system_code" text,
	"system_params" jsonb,
	"status" text NOT NULL,
	"wamid" text,
	"client_message_id" text,
	"reply_to_wamid" text,
	"failure_code" integer,
	"failure_title" text,
	"queued_at" timestamp with time zone,
	"sending_at" timestamp with time zone,
	"sent_at" timestamp with time zone,
	"delivered_at" timestamp with time zone,
	"read_at" timestamp with time zone,
	"failed_at" timestamp with time zone,
	"received_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "messages_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "messages_direction_check" CHECK ("messages"."direction" in ('inbound', 'outbound', 'system')),
	CONSTRAINT "messages_kind_check" CHECK ("messages"."kind" in ('text', 'image', 'template', 'interactive', 'button', 'reaction', 'unsupported', 'system')),
	CONSTRAINT "messages_purpose_check" CHECK ("messages"."purpose" in ('chat', 'opt_in', 'opt_in_reminder', 'resume', 'participant_notice'))
);
--> statement-breakpoint
CREATE TABLE "templates" (
	"tenant_id" text NOT NULL,
	"name" text NOT NULL,
	"language" text NOT NULL,
	"category" text NOT NULL,
	"status" text NOT NULL,
	"components" jsonb NOT NULL,
	"purpose" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "templates_tenant_id_name_language_pk" PRIMARY KEY("tenant_id","name","language")
);
--> statement-breakpoint
CREATE TABLE "tenants" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"whatsapp_enabled" boolean DEFAULT false NOT NULL,
	"sender_phone_number_id" text,
	"settings" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"display_name" text NOT NULL,
	"email" text,
	"roles" text[] DEFAULT '{}'::text[] NOT NULL,
	"whatsapp_licensed" boolean DEFAULT false NOT NULL,
	"locale" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "thread_participants" (
	"tenant_id" text NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "thread_participants_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"thread_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"joined_at" timestamp with time zone NOT NULL,
	"added_by" text,
	"left_at" timestamp with time zone,
	"left_reason" text,
	"removed_by" text,
	CONSTRAINT "thread_participants_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "thread_participants_left_reason_check" CHECK ("thread_participants"."left_reason" in ('left', 'removed', 'transferred'))
);
--> statement-breakpoint
CREATE TABLE "threads" (
	"tenant_id" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"channel" text NOT NULL,
	"phone_number_id" text NOT NULL,
	"contact_id" uuid NOT NULL,
	"status" text NOT NULL,
	"last_inbound_at" timestamp with time zone,
	"resume_state" text,
	"resume_requested_at" timestamp with time zone,
	"resume_message_id" uuid,
	"opened_at" timestamp with time zone NOT NULL,
	"opened_by" text,
	"closed_at" timestamp with time zone,
	"closed_reason" text,
	"previous_thread_id" uuid,
	"last_message_at" timestamp with time zone,
	"version" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "threads_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "threads_channel_check" CHECK ("threads"."channel" in ('whatsapp', 'sms')),
	CONSTRAINT "threads_status_check" CHECK ("threads"."status" in ('open', 'closed')),
	CONSTRAINT "threads_resume_state_check" CHECK ("threads"."resume_state" in ('requested', 'failed'))
);
--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_tenant_id_contact_id_contacts_tenant_id_id_fk" FOREIGN KEY ("tenant_id","contact_id") REFERENCES "public"."contacts"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_tenant_id_thread_id_threads_tenant_id_id_fk" FOREIGN KEY ("tenant_id","thread_id") REFERENCES "public"."threads"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "templates" ADD CONSTRAINT "templates_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "thread_participants" ADD CONSTRAINT "thread_participants_tenant_id_thread_id_threads_tenant_id_id_fk" FOREIGN KEY ("tenant_id","thread_id") REFERENCES "public"."threads"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "threads" ADD CONSTRAINT "threads_tenant_id_contact_id_contacts_tenant_id_id_fk" FOREIGN KEY ("tenant_id","contact_id") REFERENCES "public"."contacts"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consent_events_contact_idx" ON "consent_events" USING btree ("tenant_id","contact_id","occurred_at");--> statement-breakpoint
CREATE UNIQUE INDEX "contacts_phone_uq" ON "contacts" USING btree ("tenant_id","phone_e164");--> statement-breakpoint
CREATE UNIQUE INDEX "contacts_wa_user_uq" ON "contacts" USING btree ("tenant_id","wa_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "jobs_dedupe_uq" ON "jobs" USING btree ("tenant_id","dedupe_key") WHERE "jobs"."dedupe_key" is not null;--> statement-breakpoint
CREATE INDEX "jobs_due_idx" ON "jobs" USING btree ("run_at") WHERE "jobs"."state" = 'queued';--> statement-breakpoint
CREATE INDEX "jobs_lease_idx" ON "jobs" USING btree ("lease_until") WHERE "jobs"."state" = 'running';--> statement-breakpoint
CREATE UNIQUE INDEX "messages_wamid_uq" ON "messages" USING btree ("tenant_id","wamid") WHERE "messages"."wamid" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "messages_client_id_uq" ON "messages" USING btree ("tenant_id","sender_user_id","client_message_id") WHERE "messages"."client_message_id" is not null;--> statement-breakpoint
CREATE INDEX "messages_thread_seq_idx" ON "messages" USING btree ("tenant_id","thread_id","seq");--> statement-breakpoint
CREATE INDEX "messages_thread_pending_idx" ON "messages" USING btree ("tenant_id","thread_id","status") WHERE "messages"."status" = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "thread_participants_current_uq" ON "thread_participants" USING btree ("tenant_id","thread_id","user_id") WHERE "thread_participants"."left_at" is null;--> statement-breakpoint
CREATE INDEX "thread_participants_user_idx" ON "thread_participants" USING btree ("tenant_id","user_id") WHERE "thread_participants"."left_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "threads_one_open_uq" ON "threads" USING btree ("tenant_id","channel","phone_number_id","contact_id") WHERE "threads"."status" = 'open';--> statement-breakpoint
CREATE INDEX "threads_contact_idx" ON "threads" USING btree ("tenant_id","contact_id","opened_at");