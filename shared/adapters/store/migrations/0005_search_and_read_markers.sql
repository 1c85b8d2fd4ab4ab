CREATE TABLE "thread_read_markers" (
	"tenant_id" text NOT NULL,
	"thread_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"last_read_message_id" uuid NOT NULL,
	"last_read_seq" bigint NOT NULL,
	"read_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "thread_read_markers_tenant_id_thread_id_user_id_pk" PRIMARY KEY("tenant_id","thread_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "thread_read_markers" ADD CONSTRAINT "thread_read_markers_tenant_id_thread_id_threads_tenant_id_id_fk" FOREIGN KEY ("tenant_id","thread_id") REFERENCES "public"."threads"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contacts_search_idx" ON "contacts" USING gin (to_tsvector('simple'::regconfig, "display_name" || ' ' || coalesce("whatsapp_name", '') || ' ' || coalesce(regexp_replace("phone_e164", '[^0-9]', '', 'g'), '')));--> statement-breakpoint
CREATE INDEX "messages_search_idx" ON "messages" USING gin (to_tsvector('simple'::regconfig, coalesce("body", '') || ' ' || coalesce("media" ->> 'caption', '')));--> statement-breakpoint
CREATE INDEX "messages_tenant_seq_idx" ON "messages" USING btree ("tenant_id","seq");--> statement-breakpoint
CREATE INDEX "thread_participants_user_history_idx" ON "thread_participants" USING btree ("tenant_id","user_id","thread_id");